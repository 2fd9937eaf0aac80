package ru.perechen.admin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.perechen.catalog.Basis;
import ru.perechen.catalog.BasisKind;
import ru.perechen.catalog.InvalidConfigurationException;
import ru.perechen.catalog.OrgUnit;
import ru.perechen.catalog.OrgUnitService;
import ru.perechen.catalog.ProcessDraft;
import ru.perechen.catalog.ProcessGroup;
import ru.perechen.catalog.ProcessGroupService;
import ru.perechen.catalog.ProcessKind;
import ru.perechen.catalog.ProcessRegistryService;
import ru.perechen.tenancy.Access;
import ru.perechen.tenancy.TenantContext;

/**
 * Imports processes into the registry from a simple XLSX: a header row, then one row per process.
 * Every row is checked as the registry editor would check it; a file with any problem changes
 * nothing, and the report names the row and the column of each problem.
 */
@Service
public class RegistryImportService {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 2000;
    private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu");

    /** The columns the import understands, with the titles it accepts for each. */
    public enum Column {
        NAME(true, "Наименование процесса", "Процесс", "Наименование конкретного процесса"),
        GROUP(true, "Направление деятельности", "Группа процессов", "Наименование группы процессов"),
        KIND(true, "Вид процесса", "Вид"),
        UNITS(false, "Подразделения", "Структурные подразделения", "Ответственные подразделения"),
        BASIS_KIND(false, "Вид основания"),
        BASIS(false, "Основание", "Наименование основания"),
        BASIS_NUMBER(false, "Номер основания"),
        BASIS_DATE(false, "Дата основания"),
        INCLUDED_ON(false, "Дата включения"),
        INCLUDED_BY(false, "Акт о включении");

        private final boolean required;
        private final List<String> titles;

        Column(boolean required, String... titles) {
            this.required = required;
            this.titles = List.of(titles);
        }

        public boolean required() {
            return required;
        }

        /** The title the template file uses. */
        public String title() {
            return titles.getFirst();
        }
    }

    /**
     * @param row    the spreadsheet row (1-based, as Excel shows it), or 0 for the file as a whole
     * @param column the column's title in the file, or null
     */
    public record Problem(int row, String column, String messageKey, List<Object> arguments) {
    }

    /** @param processes the names of the processes read (and, when committed, added) */
    public record Report(List<String> processes, List<Problem> problems, boolean committed) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final ProcessRegistryService registry;
    private final ProcessGroupService groups;
    private final OrgUnitService units;
    private final TransactionTemplate transaction;

    RegistryImportService(ProcessRegistryService registry, ProcessGroupService groups, OrgUnitService units,
                          PlatformTransactionManager transactions) {
        this.registry = registry;
        this.groups = groups;
        this.units = units;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Checks the file and, when {@code commit} is set and there is no problem, adds its processes — all or none. */
    public Report importFile(byte[] file, boolean commit) {
        TenantContext.requireAgency();
        Access.ADMINISTRATION.require();
        List<Problem> problems = new ArrayList<>();
        List<ParsedRow> rows = parse(file, problems);
        if (rows.isEmpty()) {
            return new Report(List.of(), problems, false);
        }
        List<String> names = rows.stream().map(r -> r.draft().name()).toList();
        Boolean committed = transaction.execute(status -> {
            for (ParsedRow row : rows) {
                try {
                    registry.create(row.draft());
                } catch (InvalidConfigurationException refused) {
                    problems.add(new Problem(row.number(), row.titles().get(columnOf(refused.field())), refused.messageKey(),
                            List.of(refused.arguments())));
                }
            }
            if (!problems.isEmpty() || !commit) {
                status.setRollbackOnly();
                return false;
            }
            return true;
        });
        problems.sort(java.util.Comparator.comparingInt(Problem::row));
        return new Report(names, problems, Boolean.TRUE.equals(committed));
    }

    /** An empty file to fill in: the header row, and on a second sheet the values the agency's catalogues accept. */
    public byte[] template() {
        TenantContext.requireAgency();
        try (XSSFWorkbook workbook = new XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            var bold = workbook.createCellStyle();
            var font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setWrapText(true);
            Sheet sheet = workbook.createSheet("Реестр процессов");
            Row header = sheet.createRow(0);
            Column[] columns = Column.values();
            for (int i = 0; i < columns.length; i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(columns[i].title());
                cell.setCellStyle(bold);
                sheet.setColumnWidth(i, (i == 0 ? 60 : 30) * 256);
            }
            sheet.createFreezePane(0, 1);
            Sheet values = workbook.createSheet("Допустимые значения");
            List<List<String>> lists = List.of(
                    groups.list().stream().filter(g -> !g.retired()).map(ProcessGroup::titleForPrint).toList(),
                    List.of("Мера государственной поддержки", "Государственная услуга", "Контрольная (надзорная) функция",
                            "Рассмотрение обращений", "Информирование", "Внутренний процесс", "Иное"),
                    java.util.stream.Stream.concat(java.util.stream.Stream.of("все подразделения"),
                            units.list().stream().filter(u -> !u.closed()).map(OrgUnit::name)).toList(),
                    List.of("Нормативный правовой акт", "Внутренний акт", "Договор (соглашение)", "Поручение (резолюция)"));
            List<Column> titled = List.of(Column.GROUP, Column.KIND, Column.UNITS, Column.BASIS_KIND);
            Row valuesHeader = values.createRow(0);
            for (int c = 0; c < titled.size(); c++) {
                Cell cell = valuesHeader.createCell(c);
                cell.setCellValue(titled.get(c).title());
                cell.setCellStyle(bold);
                values.setColumnWidth(c, 60 * 256);
                for (int r = 0; r < lists.get(c).size(); r++) {
                    Row row = values.getRow(r + 1) == null ? values.createRow(r + 1) : values.getRow(r + 1);
                    row.createCell(c).setCellValue(lists.get(c).get(r));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<ParsedRow> parse(byte[] file, List<Problem> problems) {
        if (file.length == 0) {
            problems.add(fileProblem("import.error.empty"));
            return List.of();
        }
        if (file.length > MAX_BYTES) {
            problems.add(fileProblem("import.error.too-large", MAX_BYTES / 1024 / 1024));
            return List.of();
        }
        try {
            // the same look at the archive as every upload gets before POI sees it (and POI's limits with it)
            ru.perechen.documents.UploadGuard.check("reestr.xlsx", file);
        } catch (ru.perechen.documents.DocumentRejectedException refused) {
            problems.add(fileProblem(refused.messageKey(), refused.arguments()));
            return List.of();
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            if (workbook.getNumberOfSheets() == 0) {
                problems.add(fileProblem("import.error.empty"));
                return List.of();
            }
            return parseSheet(workbook.getSheetAt(0), problems);
        } catch (EncryptedDocumentException encrypted) {
            problems.add(fileProblem("import.error.legacy-or-encrypted"));
        } catch (IOException | RuntimeException unreadable) {
            problems.add(fileProblem("import.error.unreadable"));
        }
        return List.of();
    }

    private List<ParsedRow> parseSheet(Sheet sheet, List<Problem> problems) {
        Row header = null;
        for (Row row : sheet) {
            if (!isBlank(row)) {
                header = row;
                break;
            }
        }
        if (header == null) {
            problems.add(fileProblem("import.error.no-header"));
            return List.of();
        }
        Map<Column, Integer> index = new EnumMap<>(Column.class);
        Map<Column, String> titles = new EnumMap<>(Column.class);
        for (Cell cell : header) {
            String title = text(cell);
            if (title == null) {
                continue;
            }
            Optional<Column> column = java.util.Arrays.stream(Column.values())
                    .filter(c -> c.titles.stream().anyMatch(t -> normal(t).equals(normal(title)))).findFirst();
            if (column.isEmpty()) {
                problems.add(new Problem(header.getRowNum() + 1, title, "import.error.unknown-column", List.of(title)));
            } else if (index.putIfAbsent(column.get(), cell.getColumnIndex()) != null) {
                problems.add(new Problem(header.getRowNum() + 1, title, "import.error.column-twice", List.of(title)));
            } else {
                titles.put(column.get(), title);
            }
        }
        for (Column column : Column.values()) {
            if (column.required && !index.containsKey(column)) {
                problems.add(new Problem(header.getRowNum() + 1, column.title(), "import.error.column-missing", List.of(column.title())));
            }
        }
        if (!problems.isEmpty()) {
            return List.of();
        }
        Lookup lookup = new Lookup(groups.list(), units.list());
        List<ParsedRow> rows = new ArrayList<>();
        for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || isBlank(row)) {
                continue;
            }
            if (rows.size() == MAX_ROWS) {
                problems.add(fileProblem("import.error.too-many-rows", MAX_ROWS));
                return List.of();
            }
            parseRow(row, index, titles, lookup, problems).ifPresent(rows::add);
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(fileProblem("import.error.no-rows"));
        }
        return rows;
    }

    private Optional<ParsedRow> parseRow(Row row, Map<Column, Integer> index, Map<Column, String> titles, Lookup lookup,
                                         List<Problem> problems) {
        int number = row.getRowNum() + 1;
        int before = problems.size();
        for (Cell cell : row) {
            if (cell.getCellType() == CellType.FORMULA) {
                problems.add(new Problem(number, null, "import.error.formula",
                        List.of(new CellReference(cell).formatAsString(false))));
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        Map<Column, Cell> cells = new EnumMap<>(Column.class);
        index.forEach((column, i) -> cells.put(column, row.getCell(i)));
        String name = text(cells.get(Column.NAME));
        UUID group = null;
        String groupText = text(cells.get(Column.GROUP));
        if (groupText != null) {
            group = lookup.group(groupText);
            if (group == null) {
                problems.add(new Problem(number, titles.get(Column.GROUP), "import.error.group-unknown", List.of(groupText)));
            }
        }
        ProcessKind kind = null;
        String kindText = text(cells.get(Column.KIND));
        if (kindText != null) {
            kind = kindOf(kindText);
            if (kind == null) {
                problems.add(new Problem(number, titles.get(Column.KIND), "import.error.kind-unknown", List.of(kindText)));
            }
        }
        boolean uniform = false;
        Set<UUID> unitIds = new LinkedHashSet<>();
        String unitText = text(cells.get(Column.UNITS));
        if (unitText == null || normal(unitText).startsWith("все подразделения")) {
            uniform = true;
        } else {
            for (String part : unitText.split("[;\\n]")) {
                if (part.isBlank()) {
                    continue;
                }
                UUID unit = lookup.unit(part);
                if (unit == null) {
                    problems.add(new Problem(number, titles.get(Column.UNITS), "import.error.unit-unknown", List.of(part.strip())));
                } else {
                    unitIds.add(unit);
                }
            }
        }
        List<Basis> bases = new ArrayList<>();
        String basisTitle = text(cells.get(Column.BASIS));
        String basisKindText = text(cells.get(Column.BASIS_KIND));
        String basisNumber = text(cells.get(Column.BASIS_NUMBER));
        LocalDate basisDate = date(cells.get(Column.BASIS_DATE), number, titles.get(Column.BASIS_DATE), problems);
        if (basisTitle != null || basisKindText != null || basisNumber != null || basisDate != null) {
            BasisKind basisKind = basisKindText == null ? null : basisKindOf(basisKindText);
            if (basisKindText != null && basisKind == null) {
                problems.add(new Problem(number, titles.get(Column.BASIS_KIND), "import.error.basis-kind-unknown", List.of(basisKindText)));
            }
            bases.add(new Basis(basisKind, basisTitle, basisNumber, basisDate, null));
        }
        LocalDate includedOn = date(cells.get(Column.INCLUDED_ON), number, titles.get(Column.INCLUDED_ON), problems);
        String includedBy = text(cells.get(Column.INCLUDED_BY));
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ParsedRow(number, titles,
                new ProcessDraft(name, group, kind, uniform, unitIds, bases, includedOn, includedBy)));
    }

    private static Column columnOf(String field) {
        return switch (field) {
            case "groupId" -> Column.GROUP;
            case "kind" -> Column.KIND;
            case "unitIds" -> Column.UNITS;
            case "bases" -> Column.BASIS;
            case "includedOn" -> Column.INCLUDED_ON;
            case "includedByAct" -> Column.INCLUDED_BY;
            default -> Column.NAME;
        };
    }

    static ProcessKind kindOf(String text) {
        String t = normal(text);
        if (t.contains("поддержк")) {
            return ProcessKind.SUPPORT_MEASURE;
        }
        if (t.contains("услуг")) {
            return ProcessKind.PUBLIC_SERVICE;
        }
        if (t.contains("контрол") || t.contains("надзор")) {
            return ProcessKind.CONTROL_FUNCTION;
        }
        if (t.contains("обращени")) {
            return ProcessKind.APPEALS;
        }
        if (t.startsWith("информ")) {
            return ProcessKind.INFORMATION;
        }
        if (t.startsWith("внутрен")) {
            return ProcessKind.INTERNAL;
        }
        if (t.startsWith("ино") || t.equals("другое")) {
            return ProcessKind.OTHER;
        }
        return null;
    }

    static BasisKind basisKindOf(String text) {
        String t = normal(text);
        if (t.equals("нпа") || t.startsWith("нормативн")) {
            return BasisKind.NORMATIVE_ACT;
        }
        if (t.startsWith("внутрен")) {
            return BasisKind.INTERNAL_ACT;
        }
        if (t.startsWith("договор") || t.startsWith("соглашени")) {
            return BasisKind.CONTRACT;
        }
        if (t.startsWith("поручени") || t.startsWith("резолюци")) {
            return BasisKind.INSTRUCTION;
        }
        return null;
    }

    private static LocalDate date(Cell cell, int row, String column, List<Problem> problems) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getDateCellValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
        }
        String text = text(cell);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text, RUSSIAN_DATE);
        } catch (DateTimeParseException notADate) {
            problems.add(new Problem(row, column, "import.error.date", List.of(text)));
            return null;
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        String value = new DataFormatter(Locale.forLanguageTag("ru")).formatCellValue(cell);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static boolean isBlank(Row row) {
        for (Cell cell : row) {
            if (cell.getCellType() == CellType.FORMULA || text(cell) != null) {
                return false;
            }
        }
        return true;
    }

    private static String normal(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("\\s+", " ");
    }

    private static Problem fileProblem(String key, Object... args) {
        return new Problem(0, null, key, List.of(args));
    }

    private record ParsedRow(int number, Map<Column, String> titles, ProcessDraft draft) {
    }

    /** The agency's groups and open units by the names a person would type. */
    private record Lookup(List<ProcessGroup> groups, List<OrgUnit> units) {

        UUID group(String text) {
            String t = normal(text);
            return groups.stream().filter(g -> !g.retired())
                    .filter(g -> normal(g.name()).equals(t) || normal(g.titleForPrint()).equals(t)
                            || String.valueOf(g.number()).equals(t))
                    .map(ProcessGroup::id).findFirst().orElse(null);
        }

        UUID unit(String text) {
            String t = normal(text);
            return units.stream().filter(u -> !u.closed()).filter(u -> normal(u.name()).equals(t))
                    .map(OrgUnit::id).findFirst().orElse(null);
        }
    }
}
