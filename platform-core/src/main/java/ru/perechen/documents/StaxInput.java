package ru.perechen.documents;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The streaming readers' XML: no DTDs, no entities, parts read where they stand in the archive. */
final class StaxInput {

    /** A relationships or workbook part is small; past this it is not a list file. */
    static final int MAX_SMALL_PART = 4 * 1024 * 1024;
    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");
    private static final XMLInputFactory FACTORY = factory();

    private StaxInput() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /** A reader over the part the stream stands in; closing it leaves the archive open. */
    static XMLStreamReader reader(InputStream part) throws XMLStreamException {
        // the JDK's reader closes its stream at the end of the document: the archive must stay open
        return FACTORY.createXMLStreamReader(new java.io.FilterInputStream(part) {
            @Override
            public void close() {
                // the part ends where the archive's next entry begins; the archive is closed by its owner
            }
        }, "UTF-8");
    }

    /** The part the stream stands in, refused past {@link #MAX_SMALL_PART}. */
    static byte[] bounded(InputStream part, String name) throws IOException {
        byte[] bytes = part.readNBytes(MAX_SMALL_PART + 1);
        if (bytes.length > MAX_SMALL_PART) {
            throw new DocumentRejectedException("import.reject.corrupted");
        }
        return bytes;
    }

    static int intAttribute(XMLStreamReader xml, String name, int otherwise) {
        String value = xml.getAttributeValue(null, name);
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException broken) {
            throw new DocumentRejectedException("import.reject.corrupted");
        }
    }

    /** Skips the element the reader stands at the start of, with everything in it. */
    static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** SpreadsheetML's escapes of characters XML cannot hold ({@code _x000D_}), as POI decodes them. */
    static String decodeEscapes(String text) {
        if (text.indexOf("_x") < 0) {
            return text;
        }
        Matcher matcher = ESCAPE.matcher(text);
        StringBuilder decoded = new StringBuilder(text.length());
        while (matcher.find()) {
            matcher.appendReplacement(decoded, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(matcher.group(1), 16))));
        }
        matcher.appendTail(decoded);
        return decoded.toString();
    }
}
