package ru.perechen.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static ru.perechen.coretest.TestPrincipals.as;
import static ru.perechen.coretest.TestPrincipals.person;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import ru.perechen.catalog.ChannelType;
import ru.perechen.catalog.ClientNeedService;
import ru.perechen.catalog.DefaultProcessGroup;
import ru.perechen.catalog.NeedSet;
import ru.perechen.catalog.ProcessDraft;
import ru.perechen.catalog.ProcessGroupService;
import ru.perechen.catalog.ProcessKind;
import ru.perechen.catalog.ProcessRegistryService;
import ru.perechen.catalog.StaffDirectory;
import ru.perechen.catalog.TouchpointDraft;
import ru.perechen.catalog.TouchpointService;
import ru.perechen.coretest.CoreTestApplication;
import ru.perechen.coretest.MovableClock;
import ru.perechen.publication.PublicationService;
import ru.perechen.register.Enactment;
import ru.perechen.register.ListRow;
import ru.perechen.register.ListService;
import ru.perechen.register.NeedInteraction;
import ru.perechen.register.RowChange;
import ru.perechen.register.RowContent;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencyId;
import ru.perechen.tenancy.AgencyType;
import ru.perechen.tenancy.RegionId;
import ru.perechen.tenancy.Role;
import ru.perechen.tenancy.TenantContext;
import ru.perechen.tenancy.TenantPrincipal;

/**
 * The coordinators' weekly digest as it runs in production: fired by Spring's scheduler (every second here),
 * through ShedLock, on a clock the test moves, worded by the UI's message bundle, received by a real SMTP
 * server. Region 881 in March 2026: the ministry's version 2 (order 7-п of 12.03) drops a process from the list;
 * the inspection's version 1 of 04.03 is not published.
 */
@SpringBootTest(classes = {CoreTestApplication.class, MovableClock.Config.class}, properties = {
        "spring.mail.host=localhost", "spring.mail.port=3127", "perechen.mail.from=perechen@test.ru",
        "perechen.mail.send-every=PT24H", "perechen.app-url=http://digest.test", "perechen.region.digest-cron=* * * * * *",
        "perechen.region.digest-messages=file:../ui/src/main/resources/messages"})
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegionDigestJobTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(3127, null, ServerSetup.PROTOCOL_SMTP));

    @Autowired MovableClock clock;
    @Autowired AgencyDirectory directory;
    @Autowired StaffDirectory staff;
    @Autowired ProcessGroupService groups;
    @Autowired ProcessRegistryService registry;
    @Autowired TouchpointService touchpoints;
    @Autowired ClientNeedService needs;
    @Autowired ListService list;
    @Autowired PublicationService publications;
    @Autowired JdbcClient jdbc;

    @Test
    void each_active_coordinator_gets_one_letter_a_week_with_what_changed_and_nothing_changed_the_week_after() throws Exception {
        clock.set(day(2));
        RegionId region = TenantContext.callAsSystem(() -> directory.registerRegion("881", "Область сводок"));
        RegionId quiet = TenantContext.callAsSystem(() -> directory.registerRegion("882", "Область без сводок"));
        AgencyId ministry = agency(region, "dg-a", "Министерство Св");
        AgencyId inspection = agency(region, "dg-b", "Инспекция Св");
        AgencyId elsewhere = agency(quiet, "dg-c", "Комитет Св");
        TenantPrincipal minister = responsible(ministry, "dg-a-cc");
        TenantPrincipal inspector = responsible(inspection, "dg-b-cc");
        as(minister, () -> list.enact(new Enactment(null, null, "1-п", day(2), null, rows(2))));
        as(responsible(elsewhere, "dg-c-cc"), () -> list.enact(new Enactment(null, null, "1-к", day(2), null, rows(1))));
        clock.set(day(3));
        publish(minister, 1, "https://dg-a.example.ru");
        clock.set(day(4));
        as(inspector, () -> list.enact(new Enactment(null, null, null, null, null, rows(1))));
        clock.set(day(12));
        ListRow subsidies = as(minister, () -> list.allRows(1)).stream().filter(r -> r.processName().equals("Процесс 2"))
                .findFirst().orElseThrow();
        as(minister, () -> list.enact(new Enactment(null, null, "7-п", day(12), null,
                List.of(new RowChange.Exclude(subsidies.entryKey(), subsidies.revisionId())))));
        clock.set(day(13));
        publish(minister, 2, "https://dg-a.example.ru");
        clock.set(day(16));
        coordinator(region, "dg-old", "old@dg.ru", true);
        coordinator(region, "dg-coord", "coord@dg.ru", false);

        await().atMost(Duration.ofSeconds(20)).until(() -> lettersTo("coord@dg.ru").size() == 1);
        MimeMessage letter = lettersTo("coord@dg.ru").getFirst();
        assertThat(letter.getSubject()).isEqualTo("Перечень: сводка по региону Область сводок за неделю 10.03–16.03");
        assertThat(letter.getFrom()[0].toString()).isEqualTo("perechen@test.ru");
        String text = text(letter);
        assertThat(text).contains("Здравствуйте, Координатор dg-coord!")
                .contains("• Министерство Св — редакция № 2, приказ № 7-п от 12.03.2026")
                .containsPattern("• Инспекция Св — редакция № 1: срок \\d\\d\\.03\\.2026, просрочено на \\d+ раб\\. дн\\."
                        + " — новое за неделю")
                .contains("• Министерство Св — охват реестра, %: 100 → 50 (−50)")
                .contains("Показатели региона: http://digest.test/region/881")
                .doesNotContain("ничего не изменилось").doesNotContain("Министерство Св — редакция № 1");

        // more runs of the same week: nothing more; the revoked coordinator and the region without one get nothing
        await().pollDelay(Duration.ofMillis(2_500)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(lettersTo("coord@dg.ru")).hasSize(1);
        assertThat(lettersTo("old@dg.ru")).isEmpty();
        assertThat(MAIL.getReceivedMessages()).noneMatch(m -> subject(m).contains("Область без сводок"));
        assertThat(sentAt("dg-coord")).isNotNull();
        assertThat(sentAt("dg-old")).isNull();

        // the next week: a letter again, telling only what stands
        clock.set(day(23));
        await().atMost(Duration.ofSeconds(20)).until(() -> lettersTo("coord@dg.ru").size() == 2);
        MimeMessage next = lettersTo("coord@dg.ru").stream().filter(m -> subject(m).endsWith("17.03–23.03")).findFirst().orElseThrow();
        assertThat(text(next)).contains("За неделю ничего не изменилось.")
                .containsPattern("• Инспекция Св — редакция № 1: срок \\d\\d\\.03\\.2026, просрочено на \\d+ раб\\. дн\\.\\n")
                .doesNotContain("Введены в действие").doesNotContain("Наибольшие снижения")
                .contains("http://digest.test/region/881");
        await().pollDelay(Duration.ofMillis(2_000)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(lettersTo("coord@dg.ru")).hasSize(2);
    }

    private static LocalDate day(int march) {
        return LocalDate.of(2026, 3, march);
    }

    private AgencyId agency(RegionId region, String slug, String name) {
        return TenantContext.callAsSystem(() -> directory.registerAgency(new AgencyDirectory.NewAgency(region, slug, name, name,
                AgencyType.MINISTRY, "https://" + slug + ".example.ru", null)));
    }

    /** The agency's client-centricity deputy and admin, with its catalogues: one group, the methodology's needs, a site. */
    private TenantPrincipal responsible(AgencyId agency, String subject) {
        TenantPrincipal cc = person(agency, subject, "Ответственный " + subject, Role.CC_DEPUTY, Role.TENANT_ADMIN);
        as(cc, () -> {
            staff.recordSignIn(subject, cc.actorName(), null, Set.of(Role.CC_DEPUTY, Role.TENANT_ADMIN));
            groups.applyCatalogue(List.of(DefaultProcessGroup.SUPPORT_MEASURES));
            needs.applyNeedSet(NeedSet.METHODOLOGY_9);
            return touchpoints.create(new TouchpointDraft("Сайт", null, ChannelType.SITE, "https://" + subject + ".example.ru", null,
                    "Положение"));
        });
        return cc;
    }

    /** For the current agency: {@code n} processes, each with one row at its site. */
    private List<RowChange> rows(int n) {
        UUID site = touchpoints.list().getFirst().id();
        UUID need = needs.list().getFirst().id();
        UUID group = groups.list().getFirst().id();
        return java.util.stream.IntStream.rangeClosed(1, n).<RowChange>mapToObj(i -> new RowChange.Add(UUID.randomUUID(), new RowContent(
                registry.create(new ProcessDraft("Процесс " + i, group, ProcessKind.SUPPORT_MEASURE, true, Set.of(), List.of(), null, null))
                        .id(), null, site, List.of(new NeedInteraction(need, null)), null, null, Map.of()))).toList();
    }

    private void publish(TenantPrincipal cc, int number, String site) {
        as(cc, () -> publications.markPublished(number, publications.forVersion(number).orElseThrow().version(),
                site + "/documents/perechen-" + number, LocalDate.ofInstant(clock.instant(), MovableClock.MOSCOW)));
    }

    private void coordinator(RegionId region, String username, String email, boolean revoked) {
        jdbc.sql("""
                        insert into region_coordinator (id, region_id, username, display_name, email, assigned_at, assigned_by, revoked_at,
                                                        revoked_by)
                        values (:id, :region, :username, :name, :email, now(), 'test', case when :revoked then now() end,
                                case when :revoked then 'test' end)""")
                .param("id", UUID.randomUUID()).param("region", region.value()).param("username", username)
                .param("name", "Координатор " + username).param("email", email).param("revoked", revoked).update();
    }

    private Instant sentAt(String username) {
        return jdbc.sql("select digest_sent_at from region_coordinator where username = :u").param("u", username)
                .query((rs, n) -> rs.getObject(1, java.time.OffsetDateTime.class)).list().stream().filter(java.util.Objects::nonNull)
                .map(java.time.OffsetDateTime::toInstant).findFirst().orElse(null);
    }

    private static List<MimeMessage> lettersTo(String address) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage m) throws MessagingException, IOException {
        return ((String) m.getContent()).replace("\r\n", "\n");
    }
}
