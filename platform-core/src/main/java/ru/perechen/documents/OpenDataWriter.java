package ru.perechen.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import ru.perechen.catalog.TemplateColumn;
import ru.perechen.register.ListRow;
import ru.perechen.register.ListService;
import ru.perechen.register.ListVersion;
import ru.perechen.spreadsheet.CellSafety;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open data of a version: CSV (UTF-8 with a byte-order mark, so that a spreadsheet reads the
 * Cyrillic) and JSON. Each row carries its identifier, which stays the same across versions while
 * the row lives, so a reader can follow a row from one version to the next.
 */
public final class OpenDataWriter {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private OpenDataWriter() {
    }

    /** The version as JSON open data. */
    public record OpenList(String agency, String agencyName, VersionInfo version, List<OpenRow> rows) {
    }

    public record VersionInfo(int number, String actNumber, LocalDate actDate, LocalDate enactedOn) {

        static VersionInfo of(ListVersion v) {
            return new VersionInfo(v.number(), v.actNumber(), v.actDate(),
                    LocalDate.ofInstant(v.enactedAt(), ru.perechen.calendar.CalendarService.ZONE));
        }
    }

    /** @param custom the agency's own columns by their titles */
    public record OpenRow(UUID id, Integer groupNumber, String group, String process, String unit, String touchpoint, String kind,
                          List<OpenNeed> needs, String specifics, Map<String, String> custom) {
    }

    public record OpenNeed(String name, String interaction) {
    }

    public static OpenList openList(String slug, String agencyName, ListVersion version, List<TemplateColumn> custom,
                                    List<ListRow> rows) {
        List<OpenRow> open = new ArrayList<>(rows.size());
        for (ListRow r : rows) {
            Map<String, String> values = new LinkedHashMap<>();
            for (TemplateColumn c : custom) {
                String v = r.customValues().get(c.id());
                if (v != null && !v.isBlank()) {
                    values.put(c.title(), v);
                }
            }
            open.add(new OpenRow(r.entryKey(), r.groupNumber(), r.groupTitle(), r.processName(), r.unitName(), r.touchpointName(),
                    r.kind().name(), r.needs().stream().map(n -> new OpenNeed(n.name(), n.interaction())).toList(),
                    PrintedList.specifics(r), values));
        }
        return new OpenList(slug, agencyName, VersionInfo.of(version), open);
    }

    public static void json(OpenList list, OutputStream out) {
        JSON.writeValue(out, list);
    }

    public static void csv(ListVersion version, List<TemplateColumn> custom, List<ListRow> rows, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
            List<String> header = new ArrayList<>(List.of(PrintedTexts.text("csv.id"), PrintedTexts.text("csv.version"),
                    PrintedTexts.text("csv.group-number"), PrintedTexts.text("csv.group"), PrintedTexts.text("csv.process"),
                    PrintedTexts.text("csv.unit"), PrintedTexts.text("csv.touchpoint"), PrintedTexts.text("csv.kind"),
                    PrintedTexts.text("csv.needs"), PrintedTexts.text("csv.specifics")));
            custom.forEach(c -> header.add(c.title()));
            csv.printRecord(header.stream().map(CellSafety::neutralise).toList());
            for (ListRow r : rows) {
                List<String> record = new ArrayList<>(header.size());
                record.add(r.entryKey().toString());
                record.add(String.valueOf(version.number()));
                record.add(r.groupNumber() == null ? "" : String.valueOf(r.groupNumber()));
                record.add(r.groupTitle());
                record.add(r.processName());
                record.add(r.unitName() == null ? "" : r.unitName());
                record.add(r.touchpointName());
                record.add(PrintedTexts.text("kind." + r.kind().name()));
                record.add(ListService.needsText(r.needs()));
                record.add(PrintedList.specifics(r));
                for (TemplateColumn c : custom) {
                    record.add(r.customValues().getOrDefault(c.id(), ""));
                }
                csv.printRecord(record.stream().map(CellSafety::neutralise).toList());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
