package ru.perechen.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static ru.perechen.coretest.TestPrincipals.as;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import ru.perechen.catalog.ClientNeedService;
import ru.perechen.catalog.ListTemplateDraft;
import ru.perechen.catalog.ListTemplateService;
import ru.perechen.catalog.OrgUnitService;
import ru.perechen.catalog.ProcessGroupService;
import ru.perechen.catalog.ProcessRegistryService;
import ru.perechen.catalog.StaffDirectory;
import ru.perechen.catalog.TouchpointService;
import ru.perechen.coretest.CoreTestApplication;
import ru.perechen.register.ListRow;
import ru.perechen.register.ListService;
import ru.perechen.workflow.ChangeRequest;
import ru.perechen.workflow.ChangeRequestService;
import ru.perechen.workflow.ChangeStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The printed form, open data and the way back in, on a list with merged directions and processes. */
@SpringBootTest(classes = CoreTestApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentsTest {

    @Autowired ru.perechen.tenancy.AgencyDirectory directory;
    @Autowired StaffDirectory staff;
    @Autowired OrgUnitService units;
    @Autowired ProcessGroupService groups;
    @Autowired ProcessRegistryService registry;
    @Autowired TouchpointService touchpoints;
    @Autowired ClientNeedService needs;
    @Autowired ListTemplateService templates;
    @Autowired ListService list;
    @Autowired ListExportService exports;
    @Autowired ListImportService imports;
    @Autowired ChangeRequestService requests;
    @Autowired PublicListService publicLists;
    @Autowired ru.perechen.publication.PublicationService publications;
    @Autowired ru.perechen.tenancy.PublicationSettingsService publicationSettings;

    DocumentFixture f;

    @BeforeAll
    void an_agency_with_an_enacted_list() {
        f = new DocumentFixture(directory, staff, units, groups, registry, touchpoints, needs, templates, list,
                ru.perechen.coretest.TestAgencies.register(directory, "81", "Область документов 81", "doc", "Д81"), "doc",
                ListTemplateDraft.methodology());
    }

    byte[] export(DocumentFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        as(f.admin, () -> {
            exports.export(1, format, out);
            return null;
        });
        return out.toByteArray();
    }

    /** Written to target/documents, to open in LibreOffice or Excel and look at. */
    static void keep(String name, byte[] bytes) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "documents");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.write(dir.resolve(name), bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void the_xlsx_is_the_printed_form_with_merged_directions_frozen_header_filter_and_landscape_page() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export(DocumentFormat.XLSX)))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Перечень");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Приложение к приказу от 31.01.2024 № 34");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Перечень точек взаимодействия с внешними и внутренними клиентами");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Министерство Д81");
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Номер группы процессов");
            assertThat(sheet.getRow(4).getCell(4).getStringCellValue()).isEqualTo("Осуществляемое взаимодействие с клиентом");
            assertThat(sheet.getRow(5).getCell(5).getStringCellValue()).isEqualTo("6");
            // the first direction (4 rows) is merged in columns 1 and 2; the subsidies process over its 2 rows
            assertThat(sheet.getMergedRegions()).extracting(CellRangeAddress::formatAsString)
                    .contains("A7:A10", "B7:B10", "C9:C10");
            assertThat(sheet.getRow(8).getCell(2).getStringCellValue())
                    .isEqualTo("Предоставление субсидий промышленным предприятиям\n(Отдел развития промышленности)");
            assertThat(sheet.getRow(6).getCell(2).getStringCellValue())
                    .isEqualTo("Консультирование предпринимателей\n(Отдел развития промышленности)");
            // the specifics that begin with "=" stay text, quote-prefixed, never a formula
            var specifics = sheet.getRow(8).getCell(5);
            assertThat(specifics.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(specifics.getStringCellValue()).startsWith("=Заявка");
            assertThat(specifics.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(6).getCell(5).getStringCellValue()).isEqualTo("взаимодействие в цифровой точке");
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 6);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A5:F13");
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("5:6");
            assertThat(sheet.getRow(6).getCell(4).getCellStyle().getWrapText()).isTrue();
        }
    }

    @Test
    void the_docx_is_landscape_with_the_header_repeated_and_merged_cells() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(export(DocumentFormat.DOCX)))) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("Приложение к приказу от 31.01.2024 № 34");
            assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getOrient().toString()).isEqualTo("landscape");
            XWPFTable table = doc.getTables().getFirst();
            assertThat(table.getRows()).hasSize(2 + 7);
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getRow(1).isRepeatHeader()).isTrue();
            assertThat(table.getRow(0).getCell(1).getText()).isEqualTo("Наименование группы процессов");
            assertThat(table.getRow(2).getCell(1).getCTTc().getTcPr().getVMerge().getVal().toString()).isEqualTo("restart");
            assertThat(table.getRow(3).getCell(1).getCTTc().getTcPr().isSetVMerge()).isTrue();
            assertThat(table.getRow(3).getCell(1).getText()).isEmpty();
            assertThat(table.getRow(3).getCell(5).getParagraphs().stream().map(p -> p.getText()).collect(Collectors.joining("\n"))).isEqualTo("Приём по вторникам\nс 10 до 13 часов");
        }
    }

    @Test
    void open_data_carries_row_identifiers_and_neutralises_formulas_in_csv() {
        String csv = new String(export(DocumentFormat.CSV), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFИдентификатор строки,Редакция,Номер группы процессов");
        assertThat(csv).contains("'=Заявка подаётся с 1 марта; +7 дней на проверку");
        List<ListRow> rows = as(f.admin, () -> list.allRows(1));
        rows.forEach(r -> assertThat(csv).contains(r.entryKey().toString()));
        JsonNode json = JsonMapper.builder().build().readTree(export(DocumentFormat.JSON));
        assertThat(json.get("version").get("actNumber").asString()).isEqualTo("34");
        assertThat(json.get("rows")).hasSize(7);
        Set<String> ids = new java.util.HashSet<>();
        json.get("rows").forEach(r -> ids.add(r.get("id").asString()));
        assertThat(ids).isEqualTo(rows.stream().map(r -> r.entryKey().toString()).collect(Collectors.toSet()));
    }

    @Test
    void exporting_a_version_and_importing_the_file_yields_no_changes() {
        for (DocumentFormat format : List.of(DocumentFormat.XLSX, DocumentFormat.DOCX)) {
            byte[] file = export(format);
            keep("list." + format.extension(), file);
            ImportPreview preview = as(f.admin, () -> imports.preview("list." + format.extension(), file, Map.of(), true));
            assertThat(preview.fileFindings()).as(format.name()).noneMatch(x -> x.severity() == ImportPreview.Severity.ERROR);
            assertThat(preview.rows()).as(format.name()).hasSize(7)
                    .allSatisfy(r -> assertThat(r.status()).as(r.findings().toString()).isEqualTo(ImportPreview.Status.UNCHANGED));
            assertThat(preview.changes()).as(format.name()).isEmpty();
            assertThat(preview.excluded()).isEmpty();
            assertThat(preview.mappingUnsure()).isFalse();
            var refused = catchThrowableOfType(DocumentRejectedException.class, () -> as(f.admin, () -> imports.confirm(
                    "list." + format.extension(), file, Map.of(), true, "Без изменений", null)));
            assertThat(refused.messageKey()).isEqualTo("import.reject.no-changes");
        }
    }

    @Test
    void an_agency_file_of_another_shape_is_understood_and_confirmed_as_a_draft_request() throws Exception {
        byte[] file = Files.xlsx(List.of(
                List.of("Перечень точек взаимодействия"),
                List.of(),
                List.of("№", "Направление деятельности", "Наименование процесса", "Точки взаимодействия",
                        "Удовлетворяемые потребности клиента", "Особенности", "Примечание"),
                List.of("1", "2", "3", "4", "5", "6", "7"),
                List.of("1. Предоставление мер государственной поддержки"),
                List.of("", "", "Предоставление субсидий промышленным предприятиям", "Официальный сайт министерства",
                        "Получение информации — Размещение порядка предоставления субсидии;\nПолучение форм документов", "", ""),
                List.of("", "", "", "Госуслуги", "Представление заявления, обращения, запроса, документов, Получение результата, ответа, разъяснения",
                        "Заявка подаётся онлайн", ""),
                List.of("№", "Направление деятельности", "Наименование процесса", "Точки взаимодействия",
                        "Удовлетворяемые потребности клиента", "Особенности", "Примечание"),
                List.of("", "", "Предоставление субсидий промышленным предприятиям", "Мобильное приложение «Бизнес»",
                        "Получение информации", "", ""),
                List.of("", "", "Выдача гарантий", "Официальный сайт министерства", "Получение консультации, звонок другу", "", "")),
                List.of("A5:G5"));
        int requestsBefore = as(f.admin, () -> requests.all()).size();
        ImportPreview preview = as(f.admin, () -> imports.preview("Перечень.xlsx", file, Map.of(), false));
        assertThat(preview.rows()).hasSize(4);
        ImportPreview.ImportedRow site = preview.rows().get(0);
        assertThat(site.status()).isEqualTo(ImportPreview.Status.UNCHANGED);
        assertThat(site.understood().needs()).extracting(n -> n.name())
                .containsExactly("Получение информации", "Получение форм документов");
        ImportPreview.ImportedRow epgu = preview.rows().get(1);
        assertThat(epgu.status()).isEqualTo(ImportPreview.Status.MODIFIED);
        assertThat(epgu.understood().touchpointName()).isEqualTo("ЕПГУ (www.gosuslugi.ru)");
        assertThat(epgu.findings()).extracting(ImportPreview.Finding::messageKey).contains("import.finding.touchpoint-synonym");
        assertThat(epgu.understood().needs()).hasSize(2);
        ImportPreview.ImportedRow app = preview.rows().get(2);
        assertThat(app.status()).isEqualTo(ImportPreview.Status.REFUSED);
        assertThat(app.place().row()).isEqualTo(9);
        assertThat(app.findings()).extracting(ImportPreview.Finding::messageKey).containsExactly("import.finding.touchpoint-unknown");
        assertThat(preview.missingTouchpoints()).extracting(ImportPreview.MissingTouchpoint::type)
                .containsExactly(ru.perechen.catalog.ChannelType.MOBILE_APP);
        ImportPreview.ImportedRow guarantees = preview.rows().get(3);
        assertThat(guarantees.findings()).extracting(ImportPreview.Finding::messageKey)
                .contains("import.finding.process-unknown", "import.finding.need-kept");
        assertThat(preview.missingProcesses()).extracting(ImportPreview.MissingProcess::name).containsExactly("Выдача гарантий");
        assertThat(preview.mappingUnsure()).isFalse();
        assertThat(preview.hasErrors()).isTrue();
        assertThat(as(f.admin, () -> requests.all())).hasSize(requestsBefore);

        // the admin adds what the catalogues lack; the same file then makes a draft request and changes nothing else
        as(f.admin, () -> {
            imports.addMissing(preview.missingProcesses(), preview.missingTouchpoints());
            return null;
        });
        ImportPreview again = as(f.admin, () -> imports.preview("Перечень.xlsx", file, Map.of(), false));
        assertThat(again.hasErrors()).as(again.rows().toString()).isFalse();
        assertThat(again.count(ImportPreview.Status.ADDED)).isEqualTo(2);
        assertThat(again.rows().get(3).understood().needs()).extracting(n -> n.name() + "|" + n.interaction())
                .containsExactly("Получение консультации|null", "Другие потребности клиента|звонок другу");
        ChangeRequest draft = as(f.admin, () -> imports.confirm("Перечень.xlsx", file, Map.of(), false, "Загрузка перечня", null));
        assertThat(draft.status()).isEqualTo(ChangeStatus.DRAFT);
        assertThat(draft.items()).hasSize(3);
        assertThat(as(f.admin, list::currentNumber)).isEqualTo(1);
        var described = as(f.admin, () -> imports.source(draft.number())).orElseThrow();
        assertThat(described.fileName()).isEqualTo("Перечень.xlsx");
        assertThat(described.size()).isEqualTo(file.length);
        assertThat(described.content()).isNull();
        var source = as(f.admin, () -> imports.sourceFile(draft.number())).orElseThrow();
        assertThat(source.content()).isEqualTo(file);
        assertThat(source.sha256()).isEqualTo(java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(file)));
        assertThat(source.rowCount()).isEqualTo(4);

        // the draft's appendices to the order: its changes, and the whole list as it will read
        ByteArrayOutputStream changes = new ByteArrayOutputStream();
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        as(f.admin, () -> {
            exports.request(draft.number(), ListExportService.RequestDocument.CHANGES_DOCX, changes);
            exports.request(draft.number(), ListExportService.RequestDocument.LIST_XLSX, whole);
            return null;
        });
        keep("request-changes.docx", changes.toByteArray());
        keep("request-list.xlsx", whole.toByteArray());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(changes.toByteArray()))) {
            assertThat(doc.getParagraphs().getFirst().getText()).endsWith("(проект)");
            assertThat(doc.getTables()).hasSize(2);
            assertThat(doc.getTables().get(1).getRows().stream().skip(1).map(r -> r.getCell(2).getText()))
                    .containsExactly("Удовлетворяемые потребности", "Особенности взаимодействия");
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(whole.toByteArray()))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(5 + 7 + 2);
        }
    }

    @Test
    void a_docx_with_merged_cells_split_tables_and_a_user_mapping_is_read() throws Exception {
        byte[] file = Files.docx(List.of(
                List.of(List.of("Процесс", "Канал", "Потребности"),
                        List.of("Рассмотрение обращений граждан", "Официальный сайт министерства", "Представление заявления, обращения, запроса, документов")),
                List.of(List.of("Процесс", "Канал", "Потребности"),
                        List.of("Рассмотрение обращений граждан", "Личный прием", "Представление заявления, обращения, запроса, документов\nПолучение консультации"))));
        ImportPreview unsure = as(f.admin, () -> imports.preview("обращения.docx", file, Map.of(), false));
        assertThat(unsure.mappingUnsure()).isTrue();
        UUID touchpointColumn = as(f.admin, () -> templates.current()).columns().stream()
                .filter(c -> c.standard() == ru.perechen.catalog.StandardColumn.TOUCHPOINT).findFirst().orElseThrow().id();
        ImportPreview mapped = as(f.admin, () -> imports.preview("обращения.docx", file,
                Map.of(ListImportService.mappingKey("Канал"), touchpointColumn), false));
        assertThat(mapped.rows()).extracting(ImportPreview.ImportedRow::status)
                .containsExactly(ImportPreview.Status.MODIFIED, ImportPreview.Status.MODIFIED);
        assertThat(mapped.rows().get(1).place()).isEqualTo(new ImportPreview.Place(false, "2", 2, null));
    }

    @Test
    void the_changes_document_lists_what_a_version_added_excluded_and_changed() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        as(f.admin, () -> {
            exports.changes(1, out);
            return null;
        });
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            String text = doc.getParagraphs().stream().map(p -> p.getText()).collect(Collectors.joining("\n"));
            assertThat(text).contains("Изменения, вносимые в Перечень", "1. Включить в Перечень следующие строки:",
                    "2. Исключить из Перечня следующие строки:", "3. Изменить в Перечне следующие строки:");
            assertThat(doc.getTables().getFirst().getRows()).hasSize(1 + 7);
        }
    }

    @Test
    void the_open_page_shows_only_released_versions_and_hides_internal_groups_when_the_agency_says_so() {
        var pair = ru.perechen.coretest.TestAgencies.register(directory, "82", "Область открытых страниц", "docopen", "О");
        DocumentFixture g = new DocumentFixture(directory, staff, units, groups, registry, touchpoints, needs, templates, list,
                pair, "docopen", ListTemplateDraft.methodology());
        String slug = "docopen-a";
        var before = publicLists.find(slug, null).orElseThrow();
        assertThat(before.shown()).isNull();
        assertThat(publicLists.find(slug, 1)).isEmpty();
        assertThat(publicLists.document(before, DocumentFormat.JSON)).isEmpty();
        assertThat(publicLists.content(before).rows()).isEmpty();

        var publication = as(g.admin, () -> publications.forVersion(1)).orElseThrow();
        as(g.admin, () -> publications.release(1, publication.version()));
        var released = publicLists.find(slug, null).orElseThrow();
        assertThat(released.shown().version().number()).isEqualTo(1);
        assertThat(publicLists.content(released).rows()).hasSize(7);
        assertThat(publicLists.content(released).printed().appendix()).isEqualTo("Приложение к приказу от 31.01.2024 № 34");

        var settings = as(g.admin, () -> publicationSettings.current());
        as(g.admin, () -> publicationSettings.update(new ru.perechen.tenancy.PublicationSettings(settings.officialSiteUrl(),
                settings.documentsSectionUrl(), settings.publicationDeadlineWorkDays(), true, settings.version(), null)));
        var hidden = publicLists.find(slug, null).orElseThrow();
        assertThat(publicLists.content(hidden).rows()).hasSize(6).noneMatch(r -> r.processId().equals(g.support.id()));
        assertThat(hidden.tag()).isNotEqualTo(released.tag());
        // another agency of the region with nothing released shows nothing
        assertThat(publicLists.find("docopen-b", null).orElseThrow().shown()).isNull();
    }

    @Test
    void files_saved_again_by_libreoffice_come_back_unchanged() throws Exception {
        // the exports of this fixture, opened and saved by LibreOffice 7.4 (Calc and Writer)
        for (String name : List.of("libreoffice-calc.xlsx", "libreoffice-writer.docx")) {
            byte[] file;
            try (var in = getClass().getResourceAsStream("saved/" + name)) {
                file = in.readAllBytes();
            }
            ImportPreview preview = as(f.admin, () -> imports.preview(name, file, Map.of(), true));
            assertThat(preview.rows()).as(name).hasSize(7)
                    .allSatisfy(r -> assertThat(r.status()).as(name + " " + r.findings()).isEqualTo(ImportPreview.Status.UNCHANGED));
            assertThat(preview.changes()).as(name).isEmpty();
        }
    }

    @Test
    void a_word_shaped_list_with_spanning_direction_rows_merges_and_line_breaks_is_read() {
        String group1 = "Предоставление мер государственной поддержки";
        byte[] file = Files.wordStyle(5, List.of(
                List.of("Наименование конкретного процесса", "Точка взаимодействия",
                        "Осуществляемое взаимодействие с клиентом (удовлетворяемые потребности клиента)",
                        "Особенности взаимодействия с клиентом", "Примечание"),
                List.of("1", "2", "3", "4", "5"),
                List.of("1. " + group1),
                List.of("Консультирование предпринимателей\n(Отдел развития промышленности)", "Контакт-центр министерства",
                        "Получение консультации", "взаимодействие в цифровой точке", ""),
                List.of("Консультирование предпринимателей\n(Отдел торговли)", "Личный прием",
                        "Получение информации\nПолучение консультации", "Приём по вторникам\nс 10 до 13 часов", ""),
                List.of("Предоставление субсидий промышленным предприятиям", "ЕПГУ (www.gosuslugi.ru)",
                        "Представление заявления, обращения, запроса, документов — Подача заявки в электронной форме\n"
                                + "Получение результата, ответа, разъяснения", "Заявка подаётся онлайн", ""),
                List.of("^", "Официальный сайт министерства",
                        "Получение информации — Размещение порядка предоставления субсидии\nПолучение форм документов", "", ""),
                List.of("2. Рассмотрение обращений и запросов"),
                List.of("Рассмотрение обращений граждан", "Личный прием", "Представление заявления, обращения, запроса, документов",
                        "", "")));
        ImportPreview preview = as(f.admin, () -> imports.preview("перечень-word.docx", file, Map.of(), false));
        assertThat(preview.rows()).extracting(r -> r.status() + " " + r.place().row()).containsExactly(
                "UNCHANGED 4", "UNCHANGED 5", "MODIFIED 6", "UNCHANGED 7", "UNCHANGED 9");
        assertThat(preview.rows().get(3).understood().processName()).isEqualTo("Предоставление субсидий промышленным предприятиям");
        assertThat(preview.changes()).hasSize(1);
        assertThat(preview.diff().rows().getFirst().cells()).extracting(c -> c.field().name()).containsExactly("SPECIFICS");
    }

    @Test
    void a_unit_editor_is_told_before_confirming_which_rows_belong_to_another_units_process() {
        var pair = ru.perechen.coretest.TestAgencies.register(directory, "83", "Область подразделений", "docunits", "П");
        DocumentFixture g = new DocumentFixture(directory, staff, units, groups, registry, touchpoints, needs, templates, list,
                pair, "docunits", ListTemplateDraft.methodology());
        as(g.admin, () -> registry.create(new ru.perechen.catalog.ProcessDraft("Лицензирование розничной торговли",
                g.groups.get(0).id(), ru.perechen.catalog.ProcessKind.PUBLIC_SERVICE, false, Set.of(g.trade.id()), List.of(), null, null)));
        byte[] file = Files.xlsx(List.of(
                List.of("Наименование конкретного процесса", "Точка взаимодействия", "Осуществляемое взаимодействие с клиентом"),
                List.of("Лицензирование розничной торговли", "Официальный сайт министерства", "Получение информации"),
                List.of("Рассмотрение обращений граждан", "Контакт-центр министерства", "Получение консультации")), List.of());
        ImportPreview byEditor = as(g.editor, () -> imports.preview("торговля.xlsx", file, Map.of(), false));
        assertThat(byEditor.rows()).extracting(ImportPreview.ImportedRow::status)
                .containsExactly(ImportPreview.Status.REFUSED, ImportPreview.Status.ADDED);
        assertThat(byEditor.rows().getFirst().findings()).extracting(ImportPreview.Finding::messageKey)
                .containsExactly("import.finding.not-your-process");
        assertThat(byEditor.confirmable()).isFalse();
        ImportPreview byAdmin = as(g.admin, () -> imports.preview("торговля.xlsx", file, Map.of(), false));
        assertThat(byAdmin.confirmable()).isTrue();
        // the editor excluding what the file leaves out: only rows of processes the editor's unit runs may go
        ImportPreview excluding = as(g.editor, () -> imports.preview("торговля.xlsx", file, Map.of(), true));
        assertThat(excluding.excluded()).hasSize(7);
        assertThat(excluding.fileFindings()).noneMatch(f -> f.messageKey().equals("import.finding.exclusion-not-yours"));
    }
}
