package ru.perechen.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static ru.perechen.coretest.TestPrincipals.as;
import static ru.perechen.coretest.TestPrincipals.person;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.perechen.catalog.AgencyProcess;
import ru.perechen.catalog.ChannelType;
import ru.perechen.catalog.DefaultProcessGroup;
import ru.perechen.catalog.ProcessDraft;
import ru.perechen.catalog.ProcessGroupService;
import ru.perechen.catalog.ProcessKind;
import ru.perechen.catalog.ProcessRegistryService;
import ru.perechen.catalog.Touchpoint;
import ru.perechen.catalog.TouchpointDraft;
import ru.perechen.catalog.TouchpointService;
import ru.perechen.coretest.CoreTestApplication;
import ru.perechen.coretest.TestAgencies;
import ru.perechen.feedback.FeedbackImportPreview.Problem;
import ru.perechen.feedback.FeedbackImportPreview.Row;
import ru.perechen.feedback.FeedbackImportPreview.Status;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencyId;
import ru.perechen.tenancy.Role;
import ru.perechen.tenancy.RoleRequiredException;
import ru.perechen.tenancy.TenantContext;
import ru.perechen.tenancy.TenantPrincipal;

/** Feedback from the other channels of §9 loaded from XLSX and CSV: mapped by title, previewed, stored once, or not at all. */
@SpringBootTest(classes = CoreTestApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedbackImportTest {

    private static final String WAY = "5(15). Способ получения меры поддержки";

    @Autowired AgencyDirectory directory;
    @Autowired FeedbackSetup setup;
    @Autowired FeedbackImport imports;
    @Autowired TouchpointService touchpoints;
    @Autowired ProcessRegistryService registry;
    @Autowired ProcessGroupService groups;
    @Autowired ru.perechen.catalog.OrgUnitService units;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    AgencyId agency;
    TenantPrincipal editor;
    Touchpoint reception;
    Touchpoint site;
    AgencyProcess grants;

    @BeforeAll
    void an_agency_with_two_touchpoints_and_feedback_switched_on() {
        TestAgencies.Pair pair = TestAgencies.register(directory, "98", "Область загрузки отзывов", "fim", "З");
        agency = pair.agency();
        TenantPrincipal admin = person(agency, "fim-admin", "Зоя Загрузова", Role.CC_DEPUTY, Role.TENANT_ADMIN);
        editor = person(agency, "fim-editor", "Егор Редакторов", Role.EDITOR);
        as(admin, () -> {
            groups.applyCatalogue(List.of(DefaultProcessGroup.values()));
            reception = touchpoints.create(new TouchpointDraft("Приёмная министерства", null, ChannelType.RECEPTION, "ул. Загрузная, 1",
                    null, "Положение"));
            site = touchpoints.create(new TouchpointDraft("Официальный сайт", null, ChannelType.SITE, "https://fim-a.example.ru", null,
                    "Положение"));
            grants = registry.create(new ProcessDraft("Предоставление грантов", groups.list().getFirst().id(), ProcessKind.values()[0],
                    true, Set.of(), List.of(), null, null));
            return setup.change(true, 70, 10, -1);
        });
    }

    @Test
    void an_xlsx_is_mapped_by_its_titles_and_stores_one_response_per_row() throws IOException {
        byte[] file = xlsx(List.of(
                List.of("Отзывы за январь"),
                List.of("Канал", "Точка взаимодействия", WAY, "17", "19", "Вы скорее удовлетворены или скорее не удовлетворены мерой "
                        + "поддержки, за оказанием которой Вы обращались?", "22", "23", "Сложности 11(23)", "24", "25", "26", "27", "28",
                        "29", "Вид меры поддержки", "Дата отзыва", "Комментарий"),
                List.of("Обращение по электронной почте", "официальный  САЙТ", "Онлайн на сайте органа власти", "2", "1",
                        "Скорее удовлетворен", "", "4", "", "5", "", "", "5", "4", "5", "Предоставление грантов", "DATE", "Спасибо"),
                List.of("", "Приёмная министерства", "1", "1", "2", "2", "Да", "2", "Не нашёл порядок", "3", "5", "4", "", "", "2", "", "",
                        "")));

        FeedbackImportPreview preview = as(editor, () -> imports.preview("отзывы.xlsx", file, Map.of(), Channel.POST));
        assertThat(preview.headerRow()).as("the title above the header is passed over").isEqualTo(2);
        assertThat(preview.fileProblems()).isEmpty();
        assertThat(preview.columns()).extracting(FeedbackImportPreview.Column::target).containsExactly(ImportTarget.CHANNEL,
                ImportTarget.TOUCHPOINT, ImportTarget.answer(Field.WAY), ImportTarget.answer(Field.APPLICANT),
                ImportTarget.answer(Field.PROVIDED), ImportTarget.answer(Field.SATISFIED), ImportTarget.answer(Field.INFORMED_AFTER_REFUSAL),
                ImportTarget.answer(Field.INFORMATION), ImportTarget.difficulty(Field.INFORMATION), ImportTarget.answer(Field.DOCUMENTS),
                ImportTarget.answer(Field.POLITENESS), ImportTarget.answer(Field.LOCATION), ImportTarget.answer(Field.INTERFACE),
                ImportTarget.answer(Field.STATUS), ImportTarget.answer(Field.TIMELINESS), ImportTarget.answer(Field.SUPPORT_MEASURE),
                ImportTarget.ANSWERED_AT, ImportTarget.COMMENT);
        assertThat(preview.rows()).extracting(Row::number, Row::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, Status.ACCEPTED), org.assertj.core.groups.Tuple.tuple(4, Status.ACCEPTED));
        Row online = preview.rows().getFirst();
        assertThat(online.channel()).isEqualTo(Channel.EMAIL);
        assertThat(online.touchpointId()).isEqualTo(site.id());
        assertThat(online.processId()).isEqualTo(grants.id());
        assertThat(preview.rows().get(1).channel()).as("the file's default").isEqualTo(Channel.POST);
        assertThat(preview.confirmable()).isTrue();

        long before = count("true");
        FeedbackImportResult result = as(editor, () -> imports.confirm("отзывы.xlsx", file, Map.of(), Channel.POST));
        assertThat(result).isEqualTo(new FeedbackImportResult(2, 0));
        assertThat(count("true")).isEqualTo(before + 2);
        assertThat(single("select channel || '/' || way || '/' || applicant || '/' || score_interface || '/' || comment || '/' "
                + "|| (answered_at at time zone 'Europe/Moscow')::date || '/' || process_id || '/' || touchpoint_id from feedback_response "
                + "where channel = 'EMAIL'")).isEqualTo("EMAIL/ONLINE/LEGAL/5/Спасибо/2025-01-15/" + grants.id() + "/" + site.id());
        assertThat(single("select channel || '/' || way || '/' || informed_after_refusal || '/' || score_politeness || '/' "
                + "|| (difficulties ->> 'information') || '/' || entered_by from feedback_response where channel = 'POST'"))
                .isEqualTo("POST/IN_PERSON/true/5/Не нашёл порядок/Егор Редакторов");
    }

    @Test
    void the_same_file_twice_stores_its_responses_once() {
        byte[] file = utf8Csv("\uFEFFКанал,15,19,21,23\nТелефон,4,1,1,5\nТелефон,1,1,2,3\nЕПГУ,2,2,2,1\n");
        long before = count("true");
        assertThat(as(editor, () -> imports.confirm("звонки.csv", file, Map.of(), null))).isEqualTo(new FeedbackImportResult(3, 0));
        assertThat(count("true")).isEqualTo(before + 3);

        FeedbackImportPreview again = as(editor, () -> imports.preview("звонки (копия).csv", file, Map.of(), null));
        assertThat(again.count(Status.ALREADY_IMPORTED)).isEqualTo(3);
        assertThat(again.confirmable()).isFalse();
        assertThat(as(editor, () -> imports.confirm("звонки (копия).csv", file, Map.of(), null))).isEqualTo(new FeedbackImportResult(0, 3));
        assertThat(count("true")).isEqualTo(before + 3);
        assertThat(count("channel = 'EPGU_FORM' and way = 'ONLINE' and satisfied = false and score_information = 1")).isEqualTo(1);
    }

    @Test
    void a_windows_1251_csv_with_semicolons_reads_right() {
        String text = "Канал;Точка взаимодействия;Способ получения меры поддержки;19;21;25;Комментарий\r\n"
                + "Личный приём;ПРИЁМНАЯ министерства;Лично в органе власти;Была предоставлена;1;5;\"Всё хорошо; спасибо, «вежливо»\"\r\n";
        byte[] file = text.getBytes(Charset.forName("windows-1251"));
        FeedbackImportPreview preview = as(editor, () -> imports.preview("приём.csv", file, Map.of(), null));
        assertThat(preview.columns()).hasSize(7);
        Row row = preview.rows().getFirst();
        assertThat(row.problems()).isEmpty();
        assertThat(row.number()).isEqualTo(2);
        assertThat(row.channel()).isEqualTo(Channel.RECEPTION);
        assertThat(row.touchpointName()).isEqualTo("Приёмная министерства");
        assertThat(row.answers().values()).containsEntry(Field.WAY, Field.IN_PERSON).containsEntry(Field.PROVIDED, Field.YES)
                .containsEntry(Field.POLITENESS, "5");
        assertThat(row.answers().comment()).isEqualTo("Всё хорошо; спасибо, «вежливо»");
    }

    @Test
    void a_row_with_a_problem_refuses_the_file_naming_its_row_and_column_and_stores_nothing() {
        byte[] file = utf8Csv("Канал;" + WAY + ";21;23;25;Точка взаимодействия\n"
                + "Почта;Лично в органе власти;1;5;5;\n"
                + "Почта;Через МФЦ;1;5;;\n"
                + "Почта;1;1;7;;\n"
                + "Почта;Онлайн на сайте органа власти;1;4;5;\n"
                + "Почта;1;1;4;;Окно № 9\n");
        FeedbackImportPreview preview = as(editor, () -> imports.preview("плохой.csv", file, Map.of(), null));
        assertThat(preview.rows()).extracting(Row::status).containsExactly(Status.ACCEPTED, Status.REFUSED, Status.REFUSED,
                Status.REFUSED, Status.REFUSED);
        assertThat(preview.rows().stream().flatMap(r -> r.problems().stream()).map(FeedbackImportTest::where)).containsExactly(
                "3|" + WAY + "|feedback.import.error.option|5(15), Через МФЦ",
                "4|23|feedback.import.error.option|11(23), 7",
                "5|25|feedback.import.error.not-asked|13(25)",
                "6|Точка взаимодействия|feedback.import.error.touchpoint|Окно № 9");
        assertThat(preview.confirmable()).isFalse();

        long before = count("true");
        FeedbackRejectedException refused = catchThrowableOfType(FeedbackRejectedException.class,
                () -> as(editor, () -> imports.confirm("плохой.csv", file, Map.of(), null)));
        assertThat(refused.messageKey()).isEqualTo("feedback.import.reject.has-problems");
        assertThat(refused.arguments()).containsExactly(4L, 3, WAY);
        assertThat(count("true")).as("not even the good row").isEqualTo(before);
    }

    @Test
    void a_mapping_chosen_by_the_person_wins_over_the_suggestion() {
        byte[] file = utf8Csv("Канал;15;Примечание;Оценка срока\nПочта;1;служебная отметка;5\n");
        Map<String, ImportTarget> mapping = new HashMap<>();
        mapping.put("примечание", ImportTarget.IGNORED);
        mapping.put("оценка срока", ImportTarget.answer(Field.TIMELINESS));
        FeedbackImportPreview preview = as(editor, () -> imports.preview("ручной.csv", file, mapping, null));
        assertThat(preview.columns()).extracting(FeedbackImportPreview.Column::target).containsExactly(ImportTarget.CHANNEL,
                ImportTarget.answer(Field.WAY), ImportTarget.IGNORED, ImportTarget.answer(Field.TIMELINESS));
        Answers answers = preview.rows().getFirst().answers();
        assertThat(answers.comment()).isNull();
        assertThat(answers.values()).containsEntry(Field.TIMELINESS, "5");

        mapping.put("канал", ImportTarget.CHANNEL);
        mapping.put("15", ImportTarget.CHANNEL);
        assertThat(as(editor, () -> imports.preview("ручной.csv", file, mapping, null)).fileProblems()).extracting(FeedbackImportTest::where)
                .containsExactly("0|15|feedback.import.error.twice|Канал");
    }

    @Test
    void rows_of_a_quarter_whose_unit_reports_are_sent_are_named_in_the_preview_and_stored_all_the_same() {
        java.util.UUID unit = as(person(agency, "fim-admin", "Зоя Загрузова", Role.CC_DEPUTY, Role.TENANT_ADMIN),
                () -> units.create(new ru.perechen.catalog.OrgUnitDraft("Отдел отчётов", null, null, null, Set.of())).id());
        TenantContext.callAsAgency(agency, () -> inTx(() -> jdbc.sql("""
                insert into feedback_report (id, agency_id, unit_id, year, quarter, status, updated_at, updated_by, submitted_at, submitted_by)
                values (gen_random_uuid(), :agency, :unit, 2024, 2, 'SUBMITTED', now(), 'тест', now(), 'fim-editor')""")
                .param("agency", agency.value()).param("unit", unit).update()));
        byte[] file = utf8Csv("Канал;15;19;21;23;Дата отзыва\nПочта;1;1;1;5;15.05.2024\nПочта;2;2;2;1;01.07.2024\n");

        FeedbackImportPreview preview = as(editor, () -> imports.preview("поздние.csv", file, Map.of(), null));
        assertThat(preview.confirmable()).isTrue();
        assertThat(preview.reported()).as("Q2 is sent, Q3 is not").containsExactly(new Quarter(2024, 2));
        long before = count("(answered_at at time zone 'Europe/Moscow')::date between '2024-04-01' and '2024-09-30'");
        assertThat(as(editor, () -> imports.confirm("поздние.csv", file, Map.of(), null))).isEqualTo(new FeedbackImportResult(2, 0));
        assertThat(count("(answered_at at time zone 'Europe/Moscow')::date between '2024-04-01' and '2024-09-30'")).isEqualTo(before + 2);
        assertThat(single("select status || '/' || lines::text from feedback_report where year = 2024 and quarter = 2"))
                .as("the sent report is not touched").isEqualTo("SUBMITTED/[]");
    }

    @Test
    void only_those_who_record_feedback_may_import_it_and_only_spreadsheets_are_read() {
        TenantPrincipal viewer = person(agency, "fim-viewer", "Вера Смотрова", Role.VIEWER, Role.UNIT_HEAD);
        byte[] file = utf8Csv("Канал;15\nПочта;1\n");
        assertThatThrownBy(() -> as(viewer, () -> imports.preview("отзывы.csv", file, Map.of(), null)))
                .isInstanceOf(RoleRequiredException.class);
        assertThatThrownBy(() -> as(viewer, () -> imports.confirm("отзывы.csv", file, Map.of(), null)))
                .isInstanceOf(RoleRequiredException.class);
        assertThat(catchThrowableOfType(FeedbackRejectedException.class,
                () -> as(editor, () -> imports.preview("отзывы.docx", file, Map.of(), null))).messageKey())
                .isEqualTo("feedback.import.reject.extension");
        assertThat(catchThrowableOfType(FeedbackRejectedException.class,
                () -> as(editor, () -> imports.preview("отзывы.csv", new byte[] {'P', 'K', 3, 4, 0, 0}, Map.of(), null))).messageKey())
                .isEqualTo("feedback.import.reject.not-text");
    }

    private static String where(Problem p) {
        return p.row() + "|" + p.column() + "|" + p.messageKey() + "|" + String.join(", ", p.arguments().stream().map(String::valueOf)
                .toList());
    }

    private static byte[] utf8Csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A workbook of text cells; «DATE» becomes 15.01.2025 as a date cell. */
    private static byte[] xlsx(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet("Отзывы");
            XSSFCellStyle date = book.createCellStyle();
            date.setDataFormat((short) 14);
            for (int r = 0; r < rows.size(); r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String value = rows.get(r).get(c);
                    if (value.equals("DATE")) {
                        row.createCell(c).setCellValue(LocalDate.of(2025, 1, 15));
                        row.getCell(c).setCellStyle(date);
                    } else if (!value.isEmpty()) {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private long count(String where) {
        return TenantContext.callAsAgency(agency, () -> inTx(() -> jdbc.sql("select count(*) from feedback_response where " + where)
                .query(Long.class).single()));
    }

    private String single(String sql) {
        return TenantContext.callAsAgency(agency, () -> inTx(() -> jdbc.sql(sql).query(String.class).single()));
    }

    private <T> T inTx(Supplier<T> work) {
        return new TransactionTemplate(transactions).execute(s -> work.get());
    }
}
