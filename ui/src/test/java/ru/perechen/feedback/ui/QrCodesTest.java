package ru.perechen.feedback.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrCodesTest {

    static final String URL = "https://perechen.example.ru/feedback/minek-nso/AbCdEfGhIjKlMnOpQrSt12";

    /** What a phone's camera reads from the picture. */
    static String decode(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }

    @Test
    void the_png_carries_the_link_and_reads_back() throws Exception {
        byte[] png = QrCodes.png(URL, 10);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(QrCodes.matrix(URL).getWidth() * 10).isEqualTo(image.getHeight());
        assertThat(decode(png)).isEqualTo(URL);
    }

    @Test
    void the_code_keeps_a_quiet_zone_of_four_modules_around_the_finder_patterns() {
        BitMatrix m = QrCodes.matrix(URL);
        int q = QrCodes.QUIET_ZONE;
        for (int i = 0; i < m.getWidth(); i++) {
            for (int z = 0; z < q; z++) {
                assertThat(m.get(i, z) || m.get(z, i) || m.get(i, m.getHeight() - 1 - z) || m.get(m.getWidth() - 1 - z, i)).isFalse();
            }
        }
        assertThat(m.get(q, q)).as("top-left finder pattern starts after the quiet zone").isTrue();
        assertThat((m.getWidth() - 2 * q - 21) % 4).as("a QR version's size").isZero();
    }

    @Test
    void the_svg_draws_the_same_modules_on_white() {
        String svg = QrCodes.svg(URL);
        int size = QrCodes.matrix(URL).getWidth();
        assertThat(svg).contains("<svg xmlns=\"http://www.w3.org/2000/svg\"", "viewBox=\"0 0 " + size + " " + size + "\"",
                "<rect width=\"" + size + "\"", "fill=\"#ffffff\"", "<path fill=\"#000000\" d=\"M");
        // the top-left finder pattern's first row: seven dark modules from the quiet zone on
        assertThat(svg).contains("M4 4h7v1h-7z");
    }

    @Test
    void an_empty_link_is_refused() {
        assertThatThrownBy(() -> QrCodes.png(" ", 4)).isInstanceOf(IllegalArgumentException.class);
    }
}
