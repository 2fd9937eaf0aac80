package ru.perechen.region;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import ru.perechen.catalog.ChannelType;
import ru.perechen.publication.PublicationState;
import ru.perechen.region.RegionWorkbook.Text;
import ru.perechen.region.RegionWorkbookCells.Words;
import ru.perechen.region.RegionWorkbookColumns.Column;
import ru.perechen.register.ListRule;

/** The region report's sheets after «Сводка»: the channel matrix, the charts' figures, a sheet per agency. */
final class RegionWorkbookSheets {

    /** Excel's limit on a sheet's name. */
    static final int NAME_LENGTH = 31;

    private final SXSSFWorkbook book;
    private final RegionDashboard d;
    private final Text t;
    private final RegionWorkbookCells cells;
    private final Set<String> names = new HashSet<>();

    RegionWorkbookSheets(SXSSFWorkbook book, RegionDashboard d, Text t, RegionWorkbookCells cells) {
        this.book = book;
        this.d = d;
        this.t = t;
        this.cells = cells;
        book.sheetIterator().forEachRemaining(s -> names.add(s.getSheetName().toLowerCase(Locale.ROOT)));
    }

    /** Channel types × agencies: the touchpoints of each type in each list in force; an agency without one says so. */
    void channels() {
        SXSSFSheet sheet = sheet(t.get("region.xlsx.sheet.channels"));
        List<AgencyIndicators> agencies = d.agencies();
        int width = agencies.size() + 2;
        int r = cells.line(sheet, 0, RegionWorkbook.title(d, t), cells.title, width);
        r++;
        Row head = sheet.createRow(r++);
        head.setHeightInPoints(42);
        cells.text(head.createCell(0), t.get("region.xlsx.channels.type"), cells.header);
        for (int c = 0; c < agencies.size(); c++) {
            cells.text(head.createCell(c + 1), agencies.get(c).agency().shortName(), cells.header);
        }
        cells.text(head.createCell(width - 1), t.get("region.xlsx.channels.agencies"), cells.header);
        int first = r;
        Words noList = new Words(t.get("region.xlsx.no-list"));
        for (ChannelType type : ChannelType.values()) {
            Row row = sheet.createRow(r++);
            cells.put(row, 0, t.get(type.messageKey()));
            int using = 0;
            for (int c = 0; c < agencies.size(); c++) {
                AgencyIndicators a = agencies.get(c);
                int n = a.channels().byType().getOrDefault(type, 0);
                using += n > 0 ? 1 : 0;
                cells.put(row, c + 1, a.list() == null ? noList : n);
            }
            cells.put(row, width - 1, using);
        }
        Row total = sheet.createRow(r++);
        cells.text(total.createCell(0), t.get("region.xlsx.channels.total"), cells.header);
        for (int c = 0; c < agencies.size(); c++) {
            AgencyIndicators a = agencies.get(c);
            cells.put(total, c + 1, a.list() == null ? noList : a.channels().touchpoints());
        }
        cells.put(total, width - 1, null);
        int[] widths = new int[width];
        Arrays.fill(widths, 14);
        widths[0] = 28;
        RegionWorkbookCells.widths(sheet, widths);
        sheet.createFreezePane(1, first);
        RegionWorkbookCells.print(sheet, true);
    }

    /** The figures the dashboard's charts draw, one line an agency; none where the agency has no such figure. */
    void charts() {
        SXSSFSheet sheet = sheet(t.get("region.xlsx.sheet.charts"));
        int r = cells.line(sheet, 0, RegionWorkbook.title(d, t), cells.title, 4);
        r++;
        Row head = sheet.createRow(r++);
        head.setHeightInPoints(42);
        List<String> titles = List.of("region.xlsx.col.agency", "region.xlsx.chart.compliance", "region.xlsx.chart.late",
                "region.xlsx.chart.digital");
        for (int c = 0; c < titles.size(); c++) {
            cells.text(head.createCell(c), t.get(titles.get(c)), cells.header);
        }
        int first = r;
        for (AgencyIndicators a : d.agencies()) {
            Row row = sheet.createRow(r++);
            cells.put(row, 0, a.agency().shortName());
            cells.put(row, 1, a.compliance() == null ? null : a.compliance().score());
            cells.put(row, 2, daysLate(a.publication()));
            cells.put(row, 3, a.channels().digitalPercent());
        }
        RegionWorkbookCells.widths(sheet, 30, 18, 18, 18);
        sheet.createFreezePane(1, first);
        RegionWorkbookCells.print(sheet, false);
    }

    /** Working days past the due day, as the timeliness chart draws it: 0 when not late, none without a record. */
    static Integer daysLate(AgencyIndicators.Publication p) {
        if (p == null || p.state() == null) {
            return null;
        }
        boolean late = p.state() == PublicationState.PUBLISHED_LATE || p.state() == PublicationState.OVERDUE;
        return late && p.days() != null ? p.days() : 0;
    }

    /** A sheet per agency, named by its short name: its indicators line by line, its channels, its findings by rule. */
    void agencies(List<Column> columns) {
        for (AgencyIndicators a : d.agencies()) {
            SXSSFSheet sheet = sheet(a.agency().shortName());
            int r = cells.line(sheet, 0, a.agency().fullName(), cells.title, 4);
            r = cells.line(sheet, r, t.get("region.xlsx.as-of", RegionWorkbook.DATE.format(d.asOf())), cells.subtitle, 4);
            String group = null;
            for (Column column : columns) {
                if (!column.group().equals(group)) {
                    group = column.group();
                    r = section(sheet, r + 1, RegionWorkbookColumns.group(t, group));
                }
                Row row = sheet.createRow(r++);
                cells.put(row, 0, RegionWorkbookColumns.label(t, column));
                cells.put(row, 1, column.value().apply(a));
            }
            r = section(sheet, r + 1, t.get("region.xlsx.agency.channels"));
            for (Map.Entry<ChannelType, Integer> e : a.channels().byType().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey()).toList()) {
                Row row = sheet.createRow(r++);
                cells.put(row, 0, t.get(e.getKey().messageKey()));
                cells.put(row, 1, e.getValue());
            }
            findings(sheet, section(sheet, r + 1, t.get("region.xlsx.agency.findings")), a.compliance());
            RegionWorkbookCells.widths(sheet, 44, 22, 16, 10);
            RegionWorkbookCells.print(sheet, false);
        }
    }

    private void findings(SXSSFSheet sheet, int r, AgencyIndicators.Compliance compliance) {
        if (compliance == null) {
            cells.put(sheet.createRow(r), 0, new Words(t.get("region.xlsx.no-list")));
            return;
        }
        Row head = sheet.createRow(r++);
        List<String> titles = List.of("region.xlsx.finding.rule", "region.xlsx.finding.kind", "region.xlsx.finding.clause",
                "region.xlsx.finding.count");
        for (int c = 0; c < titles.size(); c++) {
            cells.text(head.createCell(c), t.get(titles.get(c)), cells.header);
        }
        for (ListRule rule : ListRule.values()) {
            Row row = sheet.createRow(r++);
            cells.put(row, 0, t.get(rule.messageKey()));
            cells.put(row, 1, t.get(rule.isError() ? "region.xlsx.finding.error" : "region.xlsx.finding.warning"));
            cells.put(row, 2, rule.clause());
            cells.put(row, 3, compliance.findings().getOrDefault(rule, 0));
        }
    }

    private int section(SXSSFSheet sheet, int r, String title) {
        Row row = sheet.createRow(r);
        cells.text(row.createCell(0), title, cells.section);
        sheet.addMergedRegionUnsafe(new CellRangeAddress(r, r, 0, 1));
        return r + 1;
    }

    private SXSSFSheet sheet(String wanted) {
        return book.createSheet(uniqueName(wanted, names));
    }

    /**
     * A sheet name Excel takes: no {@code \ / ? * [ ] :}, not blank, at most 31 characters, and unlike every
     * name before it (case aside) — a «(2)» is added, the name shortened to keep it within 31.
     */
    static String uniqueName(String wanted, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(wanted == null || wanted.isBlank() ? "-" : wanted.strip(), '_');
        String name = base;
        for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), NAME_LENGTH - suffix.length())).strip() + suffix;
        }
        taken.add(name.toLowerCase(Locale.ROOT));
        return name;
    }
}
