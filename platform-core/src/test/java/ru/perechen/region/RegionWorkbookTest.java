package ru.perechen.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import ru.perechen.catalog.ChannelType;
import ru.perechen.publication.PublicationState;
import ru.perechen.region.AgencyIndicators.Channels;
import ru.perechen.region.AgencyIndicators.Compliance;
import ru.perechen.region.AgencyIndicators.Coverage;
import ru.perechen.region.AgencyIndicators.Feedback;
import ru.perechen.region.AgencyIndicators.ListInForce;
import ru.perechen.region.AgencyIndicators.Publication;
import ru.perechen.region.AgencyIndicators.Requests;
import ru.perechen.region.AgencyIndicators.Tasks;
import ru.perechen.register.ListRule;
import ru.perechen.tenancy.AgencyId;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.tenancy.AgencyType;
import ru.perechen.tenancy.RegionId;
import ru.perechen.tenancy.RegionSummary;

/**
 * The region report as a coordinator opens it in a spreadsheet, written from a dashboard built in memory
 * (two agencies: one with a list and feedback, one with neither) with the UI's own Russian words, and read
 * back with POI: the sheets, the title, figures as numbers, days as dates, the missing parts in words.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegionWorkbookTest {

    static final Path RUSSIAN = Path.of("..", "ui", "src", "main", "resources", "messages_ru.properties");
    static final String LONG_NAME = "Департамент: имущество/земли [НСО] и прочие отношения области";
    private final Properties words = new Properties();
    private final DataFormatter formatter = new DataFormatter(Locale.forLanguageTag("ru"));
    private XSSFWorkbook book;

    @BeforeAll
    void the_report_of_two_agencies() throws IOException {
        try (Reader in = Files.newBufferedReader(RUSSIAN, StandardCharsets.UTF_8)) {
            words.load(in);
        }
        byte[] bytes = RegionWorkbook.xlsx(dashboard(), this::text);
        book = new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    @Test
    void the_sheets_are_the_summary_the_channels_the_charts_data_and_one_per_agency_with_a_name_excel_takes() {
        List<String> names = new ArrayList<>();
        book.sheetIterator().forEachRemaining(s -> names.add(s.getSheetName()));
        assertThat(names).hasSize(5).startsWith("Сводка", "Каналы", "Данные графиков", "Минэкономразвития НСО");
        assertThat(names.get(4)).hasSizeLessThanOrEqualTo(31).startsWith("Департамент_ имущество_земли _").doesNotContain(":", "/", "[", "]");
    }

    @Test
    void the_summary_has_the_region_and_the_day_the_grids_groups_and_figures_as_numbers() {
        Sheet summary = book.getSheet("Сводка");
        assertThat(summary.getRow(0).getCell(0).getStringCellValue())
                .isEqualTo("Новосибирская область: показатели органов власти по состоянию на 16.03.2026");
        assertThat(summary.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Органов власти: 2; обратная связь — за 2025-Q4");
        assertThat(summary.getRow(3).getCell(column(summary, "Редакция, №")).getStringCellValue()).isEqualTo("Редакция в силе");
        assertThat(summary.getRow(3).getCell(column(summary, "Балл")).getStringCellValue()).isEqualTo("Соответствие методике");
        Row minek = summary.getRow(5);
        assertThat(minek.getCell(0).getStringCellValue()).isEqualTo("Минэкономразвития НСО");
        assertThat(number(minek, column(summary, "Редакция, №"))).isEqualTo(3);
        assertThat(number(minek, column(summary, "Балл"))).isEqualTo(82.5);
        assertThat(number(minek, column(summary, "Ошибок"))).isEqualTo(2);
        assertThat(number(minek, column(summary, "Предупреждений"))).isEqualTo(3);
        assertThat(number(minek, column(summary, "Удовлетворённость, %"))).isEqualTo(76.4);
        assertThat(number(minek, column(summary, "Медиана, раб. дн."))).isEqualTo(7.5);
        Cell act = minek.getCell(column(summary, "Дата приказа"));
        assertThat(DateUtil.isCellDateFormatted(act)).isTrue();
        assertThat(formatter.formatCellValue(act)).isEqualTo("02.02.2026");
        assertThat(minek.getCell(column(summary, "Состояние")).getStringCellValue()).isEqualTo("Размещено с опозданием");
    }

    @Test
    void an_agency_without_a_list_and_feedback_says_so_in_words_and_has_no_figures_of_them() {
        Sheet summary = book.getSheet("Сводка");
        Row dizo = summary.getRow(6);
        assertThat(dizo.getCell(column(summary, "Редакция, №")).getStringCellValue()).isEqualTo("нет Перечня");
        assertThat(dizo.getCell(column(summary, "Удовлетворённость, %")).getStringCellValue()).isEqualTo("обратная связь не ведётся");
        assertThat(dizo.getCell(column(summary, "Балл")).getCellType()).isEqualTo(CellType.BLANK);
        assertThat(dizo.getCell(column(summary, "Строк")).getCellType()).isEqualTo(CellType.BLANK);
        assertThat(number(dizo, column(summary, "Задач открыто"))).isEqualTo(1);
        assertThat(number(dizo, column(summary, "Охват реестра, %"))).isEqualTo(0);
    }

    @Test
    void the_channels_are_counted_per_type_and_agency() {
        Sheet channels = book.getSheet("Каналы");
        Row mfc = rowOf(channels, "МФЦ «Мои документы»");
        assertThat(number(mfc, 1)).isEqualTo(4);
        assertThat(mfc.getCell(2).getStringCellValue()).isEqualTo("нет Перечня");
        assertThat(number(mfc, 3)).as("agencies with the channel").isEqualTo(1);
        assertThat(number(rowOf(channels, "Официальный сайт"), 1)).isEqualTo(6);
        assertThat(number(rowOf(channels, "Почтовый адрес"), 1)).isZero();
        assertThat(number(rowOf(channels, "Всего точек взаимодействия"), 1)).isEqualTo(10);
    }

    @Test
    void the_charts_data_has_the_score_the_working_days_late_and_the_digital_share() {
        Sheet charts = book.getSheet("Данные графиков");
        assertThat(charts.getRow(2).getCell(2).getStringCellValue()).isEqualTo("Размещение: раб. дней после срока");
        Row minek = rowOf(charts, "Минэкономразвития НСО");
        assertThat(number(minek, 1)).isEqualTo(82.5);
        assertThat(number(minek, 2)).isEqualTo(3);
        assertThat(number(minek, 3)).isEqualTo(60);
        Row dizo = rowOf(charts, LONG_NAME);
        assertThat(dizo.getCell(1).getCellType()).isEqualTo(CellType.BLANK);
        assertThat(dizo.getCell(2).getCellType()).isEqualTo(CellType.BLANK);
    }

    @Test
    void an_agencys_sheet_has_its_indicators_line_by_line_and_its_findings_by_rule() {
        Sheet minek = book.getSheet("Минэкономразвития НСО");
        assertThat(minek.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Министерство экономического развития Новосибирской области");
        assertThat(minek.getRow(1).getCell(0).getStringCellValue()).isEqualTo("по состоянию на 16.03.2026");
        assertThat(number(rowOf(minek, "Балл"), 1)).isEqualTo(82.5);
        assertThat(formatter.formatCellValue(rowOf(minek, "Срок размещения").getCell(1))).isEqualTo("20.02.2026");
        Row duplicate = rowOf(minek, "Точка повторяется в одном процессе");
        assertThat(duplicate.getCell(1).getStringCellValue()).isEqualTo("ошибка");
        assertThat(duplicate.getCell(2).getStringCellValue()).isEqualTo("п. 2.8");
        assertThat(number(duplicate, 3)).isEqualTo(2);
        Row basis = rowOf(minek, "Точка без основания");
        assertThat(basis.getCell(1).getStringCellValue()).isEqualTo("предупреждение");
        assertThat(number(basis, 3)).isEqualTo(3);
        assertThat(number(rowOf(minek, "Направление без процессов"), 3)).isZero();

        Sheet dizo = book.getSheetAt(4);
        assertThat(dizo.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Департамент имущества и земельных отношений Новосибирской области");
        assertThat(rowOf(dizo, "Редакция, №").getCell(1).getStringCellValue()).isEqualTo("нет Перечня");
        assertThat(rowOf(dizo, "Удовлетворённость, %").getCell(1).getStringCellValue()).isEqualTo("обратная связь не ведётся");
        int findings = rowOf(dizo, "Проверки по правилам Порядка").getRowNum();
        assertThat(dizo.getRow(findings + 1).getCell(0).getStringCellValue()).isEqualTo("нет Перечня");
    }

    @Test
    void sheet_names_stay_unique_and_within_31_characters() {
        Set<String> taken = new HashSet<>(Set.of("сводка"));
        assertThat(RegionWorkbookSheets.uniqueName("Сводка", taken)).isEqualTo("Сводка (2)");
        String first = RegionWorkbookSheets.uniqueName(LONG_NAME, taken);
        String second = RegionWorkbookSheets.uniqueName(LONG_NAME, taken);
        assertThat(first).hasSize(31);
        assertThat(second).hasSizeLessThanOrEqualTo(31).endsWith(" (2)").isNotEqualTo(first);
        assertThat(RegionWorkbook.fileName(dashboard())).isEqualTo("region-54-2026-03-16.xlsx");
    }

    private RegionDashboard dashboard() {
        RegionId region = new RegionId(UUID.nameUUIDFromBytes("region-54".getBytes(StandardCharsets.UTF_8)));
        Map<ListRule, Integer> found = new EnumMap<>(ListRule.class);
        for (ListRule rule : ListRule.values()) {
            found.put(rule, 0);
        }
        found.put(ListRule.DUPLICATE_TOUCHPOINT, 2);
        found.put(ListRule.ROW_WITHOUT_BASIS, 3);
        AgencyIndicators minek = new AgencyIndicators(
                agency(region, "minek-nso", "Министерство экономического развития Новосибирской области", "Минэкономразвития НСО"),
                new ListInForce(3, "12-п", LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 5), 42, 40, 8, 10),
                Compliance.of(found, 40),
                new Publication(PublicationState.PUBLISHED_LATE, LocalDate.of(2026, 2, 20), LocalDate.of(2026, 2, 25), 3),
                new Tasks(2, 1), new Requests(1, 2, 7.5), new Coverage(10, 8),
                new Channels(10, 6, Map.of(ChannelType.SITE, 6, ChannelType.MFC, 4)),
                new Feedback("2025-Q4", 55, 76.4, 80));
        AgencyIndicators dizo = new AgencyIndicators(
                agency(region, "dizo-nso", "Департамент имущества и земельных отношений Новосибирской области", LONG_NAME),
                null, null, null, new Tasks(1, 0), new Requests(0, 0, null), new Coverage(12, 0), new Channels(0, 0, Map.of()), null);
        return new RegionDashboard(new RegionSummary(region, "54", "Новосибирская область", 2), LocalDate.of(2026, 3, 16), "2025-Q4",
                List.of(minek, dizo));
    }

    private static AgencySummary agency(RegionId region, String slug, String fullName, String shortName) {
        return new AgencySummary(new AgencyId(UUID.nameUUIDFromBytes(slug.getBytes(StandardCharsets.UTF_8))), slug, fullName, shortName,
                AgencyType.MINISTRY, region, "Новосибирская область", "https://" + slug + ".example", "https://" + slug + ".example/docs",
                true);
    }

    /** As the UI's bundle gives it: the pattern as is without arguments, formatted with them; a missing key fails. */
    private String text(String key, Object... arguments) {
        String pattern = words.getProperty(key);
        assertThat(pattern).as("messages_ru.properties has " + key).isNotNull();
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.forLanguageTag("ru")).format(arguments);
    }

    private static int column(Sheet sheet, String header) {
        for (Cell cell : sheet.getRow(4)) {
            if (header.equals(cell.getStringCellValue())) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header);
    }

    private static Row rowOf(Sheet sheet, String first) {
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING && first.equals(cell.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + first + " in " + sheet.getSheetName());
    }

    private static double number(Row row, int column) {
        Cell cell = row.getCell(column);
        assertThat(cell.getCellType()).as("a number in column " + column).isEqualTo(CellType.NUMERIC);
        return cell.getNumericCellValue();
    }
}
