package ru.perechen.feedback.ui;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A survey link as a QR code: error correction M (a printed code survives a smudge), a quiet zone of four
 * modules as the standard asks, black on white. PNG for print shops and the paper form, SVG for any size.
 */
public final class QrCodes {

    /** Modules of white around the code. */
    static final int QUIET_ZONE = 4;
    private static final int MAX_TEXT = 1000;

    private QrCodes() {
    }

    /** The code's modules, quiet zone included: {@code true} is a dark module. */
    static BitMatrix matrix(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("QR text must be 1.." + MAX_TEXT + " characters");
        }
        try {
            // size 0: zxing returns one pixel per module, with the margin given in modules
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
                    EncodeHintType.MARGIN, QUIET_ZONE));
        } catch (WriterException tooLong) {
            throw new IllegalArgumentException("QR text does not fit a code", tooLong);
        }
    }

    /** A PNG of {@code moduleSize} pixels per module. */
    public static byte[] png(String text, int moduleSize) {
        BitMatrix matrix = matrix(text);
        int scale = Math.max(1, moduleSize);
        BufferedImage image = new BufferedImage(matrix.getWidth() * scale, matrix.getHeight() * scale, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, matrix.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        }
        return out.toByteArray();
    }

    /** An SVG with one unit per module: a white square and one path of the dark modules, row by row. */
    public static String svg(String text) {
        BitMatrix matrix = matrix(text);
        int w = matrix.getWidth();
        int h = matrix.getHeight();
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < h; y++) {
            int x = 0;
            while (x < w) {
                if (!matrix.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < w && matrix.get(x, y)) {
                    x++;
                }
                path.append('M').append(start).append(' ').append(y).append('h').append(x - start).append("v1h-").append(x - start).append('z');
            }
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + w + " " + h + "\" width=\"" + w * 8 + "\" height=\"" + h * 8
                + "\" shape-rendering=\"crispEdges\">\n"
                + "<rect width=\"" + w + "\" height=\"" + h + "\" fill=\"#ffffff\"/>\n"
                + "<path fill=\"#000000\" d=\"" + path + "\"/>\n"
                + "</svg>\n";
    }
}
