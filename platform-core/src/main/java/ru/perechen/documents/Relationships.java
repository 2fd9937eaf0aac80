package ru.perechen.documents;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Checks the relationship parts ({@code *.rels}) of an uploaded archive for what Word or Excel would
 * fetch or open from outside the file when a person opens it — an attached template, an image, an OLE
 * object, a frame or a subdocument elsewhere, any {@code file:}, UNC or drive path. Such a file could
 * make an approver's computer reach a network share (leaking their Windows credentials) or load a
 * macro template, so it is refused, each kind with its own message. External hyperlinks are kept:
 * a list cell may well link to the agency's site; they are only followed when clicked, and only
 * {@code http}, {@code https} and {@code mailto} ones are accepted.
 */
final class Relationships {

    /** A relationship part larger than this (a few thousand hyperlinks) is not what a list has. */
    static final int MAX_BYTES = 4 * 1024 * 1024;
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:[\\\\/].*");

    private Relationships() {
    }

    /** Refuses the part when one of its relationships points outside the file in a way that is not allowed. */
    static void check(byte[] part) {
        XMLStreamReader reader = null;
        try {
            reader = factory().createXMLStreamReader(new ByteArrayInputStream(part));
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("Relationship")) {
                    check(attribute(reader, "Type"), attribute(reader, "Target"), attribute(reader, "TargetMode"));
                }
            }
        } catch (XMLStreamException broken) {
            throw DocumentRejectedException.because(broken, "import.reject.corrupted");
        } finally {
            close(reader);
        }
    }

    static void check(String type, String target, String mode) {
        // what an application would resolve: leading blanks and control characters are ignored by browsers too
        String where = target.replaceFirst("^[\\p{Cntrl}\\s]+", "");
        String lower = where.toLowerCase(Locale.ROOT);
        if (lower.startsWith("file:") || where.startsWith("\\\\") || where.startsWith("//") || DRIVE.matcher(where).matches()) {
            throw new DocumentRejectedException("import.reject.external-file");
        }
        if (!mode.strip().equalsIgnoreCase("External")) {
            return;
        }
        String kind = type.substring(type.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        switch (kind) {
            case "hyperlink" -> {
                Matcher scheme = SCHEME.matcher(where);
                String name = scheme.find() ? scheme.group(1).toLowerCase(Locale.ROOT) : "";
                if (!name.equals("http") && !name.equals("https") && !name.equals("mailto")) {
                    throw new DocumentRejectedException("import.reject.external-hyperlink");
                }
            }
            case "attachedtemplate" -> throw new DocumentRejectedException("import.reject.external-template");
            case "image", "media", "video", "audio" -> throw new DocumentRejectedException("import.reject.external-image");
            case "oleobject", "package", "control" -> throw new DocumentRejectedException("import.reject.external-object");
            case "frame" -> throw new DocumentRejectedException("import.reject.external-frame");
            case "subdocument" -> throw new DocumentRejectedException("import.reject.external-subdocument");
            default -> throw new DocumentRejectedException("import.reject.external-target");
        }
    }

    /** A factory per part: factories are not promised to be thread-safe, and uploads are few. */
    private static XMLInputFactory factory() {
        XMLInputFactory xml = XMLInputFactory.newFactory();
        xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return xml;
    }

    private static String attribute(XMLStreamReader reader, String name) {
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            if (reader.getAttributeLocalName(i).equals(name)) {
                return reader.getAttributeValue(i);
            }
        }
        return "";
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // the part was read to its end or refused already; nothing is left to release
            }
        }
    }
}
