package ru.perechen.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.perechen.coretest.TestPrincipals.agencyUser;
import static ru.perechen.coretest.TestPrincipals.as;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import ru.perechen.catalog.AgencyProcess;
import ru.perechen.catalog.DefaultProcessGroup;
import ru.perechen.catalog.OrgUnitDraft;
import ru.perechen.catalog.OrgUnitService;
import ru.perechen.catalog.ProcessGroupService;
import ru.perechen.catalog.ProcessKind;
import ru.perechen.catalog.ProcessRegistryService;
import ru.perechen.tenancy.AccessDeniedToTenantException;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencyId;
import ru.perechen.tenancy.AgencyType;
import ru.perechen.tenancy.RegionId;
import ru.perechen.tenancy.Role;
import ru.perechen.tenancy.TenantContext;

@SpringBootTest(classes = PresetServiceTest.App.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistryImportTest {

    static final String[] HEADER = {"Наименование процесса", "Направление деятельности", "Вид процесса", "Подразделения",
            "Вид основания", "Основание", "Номер основания", "Дата основания"};

    @Autowired AgencyDirectory directory;
    @Autowired RegistryImportService imports;
    @Autowired ProcessRegistryService registry;
    @Autowired ProcessGroupService groups;
    @Autowired OrgUnitService units;

    AgencyId agency;

    @BeforeAll
    void an_agency_with_groups_and_units() {
        TenantContext.callAsSystem(() -> {
            RegionId region = directory.registerRegion("98", "Тестовая область импорта");
            agency = directory.registerAgency(new AgencyDirectory.NewAgency(region, "import-a", "Департамент И",
                    "Департамент И", AgencyType.DEPARTMENT, null, null));
            return null;
        });
        admin(() -> {
            groups.applyCatalogue(List.of(DefaultProcessGroup.PUBLIC_SERVICES, DefaultProcessGroup.APPEALS));
            units.create(new OrgUnitDraft("Управление земельных отношений", null, null, null, Set.of()));
            units.create(new OrgUnitDraft("Управление имущественных отношений", null, null, null, Set.of()));
            return null;
        });
    }

    @Test
    void a_good_file_adds_every_process_with_its_units_and_basis_and_a_check_alone_adds_nothing() throws IOException {
        byte[] file = xlsx(HEADER,
                new String[] {"Предоставление земельных участков в аренду", "Предоставление государственных услуг",
                        "госуслуга", "Управление земельных отношений; управление имущественных отношений",
                        "НПА", "Земельный кодекс Российской Федерации", "136-ФЗ", "25.10.2001"},
                new String[] {"Рассмотрение обращений граждан", "2", "Рассмотрение обращений", "все подразделения",
                        null, null, null, null});
        RegistryImportService.Report check = admin(() -> imports.importFile(file, false));
        assertThat(check.ok()).isTrue();
        assertThat(check.committed()).isFalse();
        assertThat(names()).doesNotContain("Предоставление земельных участков в аренду");

        RegistryImportService.Report done = admin(() -> imports.importFile(file, true));
        assertThat(done.committed()).isTrue();
        AgencyProcess lease = admin(registry::list).stream()
                .filter(p -> p.name().equals("Предоставление земельных участков в аренду")).findFirst().orElseThrow();
        assertThat(lease.kind()).isEqualTo(ProcessKind.PUBLIC_SERVICE);
        assertThat(lease.owners()).hasSize(2);
        assertThat(lease.bases()).singleElement().satisfies(b -> {
            assertThat(b.number()).isEqualTo("136-ФЗ");
            assertThat(b.issuedOn()).isEqualTo(java.time.LocalDate.of(2001, 10, 25));
        });
        AgencyProcess appeals = admin(registry::list).stream()
                .filter(p -> p.name().equals("Рассмотрение обращений граждан")).findFirst().orElseThrow();
        assertThat(appeals.uniformForAllUnits()).isTrue();
        assertThat(appeals.groupName()).isEqualTo(DefaultProcessGroup.APPEALS.title());
    }

    @Test
    void every_bad_row_is_reported_with_its_row_and_column_and_the_good_rows_are_not_added_either() throws IOException {
        byte[] file = xlsx(HEADER,
                new String[] {"Выдача выписок из реестра имущества", "Предоставление государственных услуг", "Государственная услуга",
                        "Управление имущественных отношений", null, null, null, null},
                new String[] {"Согласование перепланировки", "Градостроительство", "услуга", "Отдел архитектуры", null, null, null, null},
                new String[] {"Проверка использования земель", "Предоставление государственных услуг", "проверка",
                        "Управление земельных отношений", null, null, null, "прошлой весной"},
                new String[] {"", "Предоставление государственных услуг", "Иное", "все подразделения", null, null, null, null});
        RegistryImportService.Report report = admin(() -> imports.importFile(file, true));
        assertThat(report.committed()).isFalse();
        assertThat(report.problems()).extracting(RegistryImportService.Problem::row, RegistryImportService.Problem::column,
                RegistryImportService.Problem::messageKey).contains(
                org.assertj.core.groups.Tuple.tuple(3, "Направление деятельности", "import.error.group-unknown"),
                org.assertj.core.groups.Tuple.tuple(3, "Подразделения", "import.error.unit-unknown"),
                org.assertj.core.groups.Tuple.tuple(4, "Вид процесса", "import.error.kind-unknown"),
                org.assertj.core.groups.Tuple.tuple(4, "Дата основания", "import.error.date"),
                org.assertj.core.groups.Tuple.tuple(5, "Наименование процесса", "catalog.error.name-required"));
        assertThat(names()).doesNotContain("Выдача выписок из реестра имущества");
    }

    @Test
    void a_file_with_wrong_columns_or_of_the_wrong_kind_is_refused_before_any_row_is_read() throws IOException {
        RegistryImportService.Report columns = admin(() -> imports.importFile(uncheckedXlsx(
                new String[] {"Процесс", "Направление", "Примечание"}, new String[] {"Выдача справок", "1", "—"}), true));
        assertThat(columns.problems()).extracting(RegistryImportService.Problem::messageKey)
                .contains("import.error.unknown-column", "import.error.column-missing");
        assertThat(columns.problems()).extracting(RegistryImportService.Problem::column).contains("Вид процесса", "Примечание");

        assertThat(admin(() -> imports.importFile("Наименование процесса;Вид".getBytes(StandardCharsets.UTF_8), true)).problems())
                .extracting(RegistryImportService.Problem::messageKey).containsExactly("import.reject.not-office");
        byte[] truncated = java.util.Arrays.copyOf(uncheckedXlsx(HEADER, new String[] {"Выдача справок"}), 300);
        assertThat(admin(() -> imports.importFile(truncated, true)).problems())
                .extracting(RegistryImportService.Problem::messageKey).containsExactly("import.reject.corrupted");

        byte[] formula;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            Row header = sheet.createRow(0);
            for (int i = 0; i < 3; i++) {
                header.createCell(i).setCellValue(HEADER[i]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellFormula("HYPERLINK(\"http://evil\",\"Выдача справок\")");
            workbook.write(out);
            formula = out.toByteArray();
        }
        assertThat(admin(() -> imports.importFile(formula, true)).problems()).singleElement()
                .satisfies(p -> assertThat(p.arguments()).containsExactly("A2"));
    }

    @Test
    void only_the_tenant_admin_imports_and_the_template_lists_the_agencys_groups() throws IOException {
        assertThatThrownBy(() -> as(agencyUser(agency, Role.EDITOR), () -> imports.importFile(new byte[] {1}, true)))
                .isInstanceOf(AccessDeniedToTenantException.class);
        byte[] template = admin(imports::template);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(template))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Наименование процесса");
            assertThat(workbook.getSheetAt(1).getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo(DefaultProcessGroup.PUBLIC_SERVICES.title());
        }
        // the empty template itself is a file with no rows
        assertThat(admin(() -> imports.importFile(template, true)).problems())
                .extracting(RegistryImportService.Problem::messageKey).containsExactly("import.error.no-rows");
    }

    private List<String> names() {
        return admin(registry::list).stream().map(AgencyProcess::name).toList();
    }

    private static byte[] xlsx(String[] header, String[]... rows) throws IOException {
        return uncheckedXlsx(header, rows);
    }

    private static byte[] uncheckedXlsx(String[] header, String[]... rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Реестр");
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int i = 0; i < rows[r].length; i++) {
                    if (rows[r][i] != null) {
                        row.createCell(i).setCellValue(rows[r][i]);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private <T> T admin(Supplier<T> work) {
        return as(agencyUser(agency, Role.TENANT_ADMIN), work);
    }
}
