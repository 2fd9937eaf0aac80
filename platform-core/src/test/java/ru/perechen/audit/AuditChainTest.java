package ru.perechen.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.perechen.coretest.TestPrincipals.agencyUser;
import static ru.perechen.coretest.TestPrincipals.as;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.perechen.coretest.CoreTestApplication;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencyId;
import ru.perechen.tenancy.AgencyType;
import ru.perechen.tenancy.RegionId;
import ru.perechen.tenancy.Role;
import ru.perechen.tenancy.TenantContext;
import ru.perechen.tenancy.TenantPrincipal;

/** The audit log against the database itself: append-only for everyone, chained per agency, a forgery found where it is. */
@SpringBootTest(classes = CoreTestApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditChainTest {

    @Autowired AuditLog audit;
    @Autowired AgencyDirectory directory;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcClient jdbc;
    @Autowired @FlywayDataSource DataSource owner;

    AgencyId agency;
    AgencyId other;
    TenantPrincipal admin;

    @BeforeAll
    void two_agencies_with_events() {
        TenantContext.callAsSystem(() -> {
            RegionId region = directory.registerRegion("93", "Область журнала");
            agency = directory.registerAgency(new AgencyDirectory.NewAgency(region, "audit-a", "Министерство Ж", "Министерство Ж",
                    AgencyType.MINISTRY, null, null));
            other = directory.registerAgency(new AgencyDirectory.NewAgency(region, "audit-b", "Инспекция Ж", "Инспекция Ж",
                    AgencyType.INSPECTION, null, null));
            return null;
        });
        admin = agencyUser(agency, Role.TENANT_ADMIN);
        for (String what : List.of("первое", "второе", "третье")) {
            record(admin, what);
        }
        record(agencyUser(other, Role.TENANT_ADMIN), "чужое");
    }

    @Test
    void each_agency_has_its_own_intact_chain_numbered_from_one() {
        ChainCheck check = as(admin, audit::verify);
        assertThat(check.intact()).isTrue();
        assertThat(check.events()).isGreaterThanOrEqualTo(3);
        List<AuditEntry> entries = as(admin, () -> audit.recent(10));
        assertThat(entries).extracting(AuditEntry::seq).startsWith(entries.size() * 1L).endsWith(1L);
        assertThat(entries.getFirst().hash()).hasSize(64);
        assertThat(as(agencyUser(other, Role.TENANT_ADMIN), () -> audit.recent(10))).extracting(AuditEntry::seq).containsExactly(1L);
        assertThat(as(agencyUser(other, Role.TENANT_ADMIN), () -> audit.recent(10))).noneMatch(e -> e.summary().equals("второе"));
    }

    @Test
    void the_application_role_cannot_change_or_delete_an_event_and_neither_can_the_owner() throws SQLException {
        assertThatThrownBy(() -> jdbc.sql("update audit_event set summary = 'x'").update())
                .hasRootCauseMessage("ERROR: permission denied for table audit_event");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update())
                .hasRootCauseMessage("ERROR: permission denied for table audit_event");
        for (String sql : List.of("update audit_event set summary = 'x'", "delete from audit_event", "truncate audit_event")) {
            try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
                s.execute("select set_config('app.agency_id', '" + agency + "', false)");
                assertThatThrownBy(() -> s.execute(sql)).isInstanceOf(SQLException.class).hasMessageContaining("audit_event is append-only");
            }
        }
        assertThat(as(admin, audit::verify).intact()).isTrue();
    }

    @Test
    void a_forged_event_breaks_the_chain_at_that_event_and_the_other_agency_stays_intact() throws SQLException {
        AgencyId forged = TenantContext.callAsSystem(() -> directory.registerAgency(new AgencyDirectory.NewAgency(
                directory.findRegionByCode("93").orElseThrow().id(), "audit-c", "Комитет Ж", "Комитет Ж", AgencyType.COMMITTEE, null, null)));
        TenantPrincipal victim = agencyUser(forged, Role.TENANT_ADMIN);
        for (String what : List.of("раз", "два", "три")) {
            record(victim, what);
        }
        assertThat(as(victim, audit::verify).intact()).isTrue();
        // someone with the owner's rights switches the guard off, rewrites event 2 and switches it on again
        try (Connection c = owner.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("select set_config('app.agency_id', '" + forged + "', true)");
                s.execute("alter table audit_event disable trigger audit_event_append_only");
                try (PreparedStatement p = c.prepareStatement("update audit_event set summary = 'подделано' where agency_id = ? and seq = 2")) {
                    p.setObject(1, UUID.fromString(forged.toString()));
                    assertThat(p.executeUpdate()).isEqualTo(1);
                }
                s.execute("alter table audit_event enable trigger audit_event_append_only");
            }
            c.commit();
        }
        ChainCheck check = as(victim, audit::verify);
        assertThat(check.intact()).isFalse();
        assertThat(check.brokenAt()).isEqualTo(2L);
        assertThat(check.problem()).isEqualTo("HASH");
        assertThat(as(admin, audit::verify).intact()).isTrue();
    }

    @Test
    void the_log_is_filtered_and_exported_as_csv() {
        List<AuditEntry> found = as(admin, () -> audit.search(new AuditQuery(null, null, "Test", null, "втор", 50)));
        assertThat(found).extracting(AuditEntry::summary).containsExactly("второе");
        String csv = as(admin, () -> audit.csv(new AuditQuery(null, null, "Test", null, null, 50),
                new AuditLog.Headers(List.of("№", "Когда", "Кто", "Что", "Действие", "Наименование", "До", "После", "Запрос", "Хэш"))));
        assertThat(csv).startsWith("\uFEFF№;Когда;Кто;Что;Действие;Наименование;До;После;Запрос;Хэш");
        assertThat(csv.lines()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(csv).contains(";второе;");
    }

    @Test
    void an_event_whose_text_a_spreadsheet_would_take_for_a_formula_comes_out_of_the_csv_neutralised() throws Exception {
        TenantPrincipal hostile = ru.perechen.coretest.TestPrincipals.person(agency, "formula-actor", "=cmd|' /C calc'!A0",
                Role.TENANT_ADMIN);
        List<String> summaries = List.of("=HYPERLINK(\"http://evil.example\")", "+7 (383) 000", "-1+2", "@SUM(A1)", "\tзатем", "\rзатем");
        for (String summary : summaries) {
            as(hostile, () -> new TransactionTemplate(transactions).execute(s -> {
                audit.record("Formula", UUID.randomUUID(), "CREATED", summary, null, null);
                return null;
            }));
        }
        String csv = as(admin, () -> audit.csv(new AuditQuery(null, null, "Formula", null, null, 50),
                new AuditLog.Headers(List.of("№", "Когда", "Кто", "Что", "Действие", "Наименование", "До", "После", "Запрос", "Хэш"))));
        List<org.apache.commons.csv.CSVRecord> records = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setDelimiter(';').get()
                .parse(new java.io.StringReader(csv.substring(1))).getRecords();
        List<org.apache.commons.csv.CSVRecord> events = records.subList(1, records.size());
        assertThat(events).hasSize(summaries.size());
        assertThat(events).extracting(r -> r.get(2)).containsOnly("'=cmd|' /C calc'!A0");
        assertThat(events).extracting(r -> r.get(5)).containsExactlyInAnyOrderElementsOf(summaries.stream().map(t -> "'" + t).toList());
        for (org.apache.commons.csv.CSVRecord event : events) {
            for (String cell : event) {
                assertThat(cell).as("a cell of the audit CSV").doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                        .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
            }
        }
    }

    @Test
    void the_platform_admin_reads_an_agencys_log_and_checks_its_chain_and_nobody_else_does_so() {
        TenantPrincipal platform = new TenantPrincipal() {
            public java.util.Optional<AgencyId> agencyId() { return java.util.Optional.empty(); }
            public java.util.Optional<RegionId> coordinatedRegion() { return java.util.Optional.empty(); }
            public java.util.Set<Role> roles() { return java.util.Set.of(Role.PLATFORM_ADMIN); }
            public String actorId() { return "platform"; }
            public String actorName() { return "Администратор платформы"; }
        };
        List<AuditEntry> read = as(platform, () -> audit.searchAgency(agency, "втор", 10));
        assertThat(read).extracting(AuditEntry::summary).containsExactly("второе");
        assertThat(as(platform, () -> audit.searchAgency(agency, null, 10))).noneMatch(e -> e.summary().equals("чужое"));
        assertThat(as(platform, () -> audit.verifyAgency(agency)).intact()).isTrue();
        RegionId region = directory.findRegionByCode("93").orElseThrow().id();
        assertThatThrownBy(() -> as(ru.perechen.coretest.TestPrincipals.coordinator(region), () -> audit.searchAgency(agency, null, 10)))
                .isInstanceOf(ru.perechen.tenancy.AccessDeniedToTenantException.class);
        assertThatThrownBy(() -> as(admin, () -> audit.searchAgency(other, null, 10)))
                .isInstanceOf(ru.perechen.tenancy.AccessDeniedToTenantException.class);
    }

    private void record(TenantPrincipal who, String summary) {
        as(who, () -> new TransactionTemplate(transactions).execute(s -> {
            audit.record("Test", UUID.randomUUID(), "CREATED", summary, null, java.util.Map.of("что", summary));
            return null;
        }));
    }
}
