package ru.perechen.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static ru.perechen.coretest.TestPrincipals.as;
import static ru.perechen.coretest.TestPrincipals.person;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.perechen.catalog.AgencyProcess;
import ru.perechen.catalog.ChannelType;
import ru.perechen.catalog.ClientNeedService;
import ru.perechen.catalog.DefaultProcessGroup;
import ru.perechen.catalog.NeedSet;
import ru.perechen.catalog.ProcessDraft;
import ru.perechen.catalog.ProcessGroupService;
import ru.perechen.catalog.ProcessKind;
import ru.perechen.catalog.ProcessRegistryService;
import ru.perechen.catalog.Touchpoint;
import ru.perechen.catalog.TouchpointDraft;
import ru.perechen.catalog.TouchpointService;
import ru.perechen.coretest.CoreTestApplication;
import ru.perechen.coretest.TestAgencies;
import ru.perechen.register.Enactment;
import ru.perechen.register.ListService;
import ru.perechen.register.NeedInteraction;
import ru.perechen.register.RowChange;
import ru.perechen.register.RowContent;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencyId;
import ru.perechen.tenancy.Role;
import ru.perechen.tenancy.RoleRequiredException;
import ru.perechen.tenancy.TenantContext;
import ru.perechen.tenancy.TenantPrincipal;

/** Act 004 end to end below the UI: the switch, the links, the form's branches, paper forms by codes, the analysis. */
@SpringBootTest(classes = CoreTestApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedbackTest {

    @Autowired AgencyDirectory directory;
    @Autowired FeedbackSetup setup;
    @Autowired PublicSurveyService publicSurveys;
    @Autowired FeedbackResponses responses;
    @Autowired FeedbackAnalysisService analysis;
    @Autowired TouchpointService touchpoints;
    @Autowired ProcessRegistryService registry;
    @Autowired ProcessGroupService groups;
    @Autowired ClientNeedService needs;
    @Autowired ListService list;
    @Autowired JdbcClient jdbc;

    AgencyId agency;
    AgencyId other;
    String slug;
    TenantPrincipal cc;
    TenantPrincipal otherCc;
    Touchpoint reception;
    Touchpoint site;
    AgencyProcess grants;
    AgencyProcess loans;

    @BeforeAll
    void an_agency_with_a_list_and_feedback_switched_on() {
        TestAgencies.Pair pair = TestAgencies.register(directory, "93", "Область отзывов", "fb", "О");
        agency = pair.agency();
        other = pair.other();
        slug = "fb-a";
        cc = person(agency, "fb-cc", "Ольга Отзывова", Role.CC_DEPUTY, Role.TENANT_ADMIN);
        otherCc = person(other, "fb-cc-b", "Борис Другой", Role.CC_DEPUTY, Role.TENANT_ADMIN);
        as(cc, () -> {
            groups.applyCatalogue(List.of(DefaultProcessGroup.values()));
            needs.applyNeedSet(NeedSet.METHODOLOGY_9);
            reception = touchpoints.create(new TouchpointDraft("Приёмная министерства", null, ChannelType.RECEPTION, "Красный проспект, 18",
                    null, "Положение"));
            site = touchpoints.create(new TouchpointDraft("Официальный сайт", null, ChannelType.SITE, "https://fb-a.example.ru", null,
                    "Положение"));
            UUID group = groups.list().getFirst().id();
            grants = registry.create(new ProcessDraft("Предоставление грантов", group, ProcessKind.values()[0], true, Set.of(), List.of(),
                    null, null));
            loans = registry.create(new ProcessDraft("Предоставление займов", group, ProcessKind.values()[0], true, Set.of(), List.of(),
                    null, null));
            UUID need = needs.list().getFirst().id();
            List<RowChange> rows = List.of(row(grants, reception, need), row(loans, reception, need), row(grants, site, need));
            list.enact(new Enactment(null, null, null, null, null, rows));
            return setup.change(true, 70, 10, -1);
        });
        as(otherCc, () -> {
            touchpoints.create(new TouchpointDraft("Приёмная инспекции", null, ChannelType.RECEPTION, "ул. Ленина, 1", null, "Положение"));
            return setup.change(true, 70, 10, -1);
        });
    }

    private static RowChange row(AgencyProcess process, Touchpoint touchpoint, UUID need) {
        return new RowChange.Add(UUID.randomUUID(), new RowContent(process.id(), null, touchpoint.id(),
                List.of(new NeedInteraction(need, "Консультация")), null, null, Map.of()));
    }

    @Test
    void switching_on_gives_act_004s_survey_and_a_link_per_touchpoint() {
        FeedbackSettings settings = as(cc, setup::settings);
        assertThat(settings.enabled()).isTrue();
        assertThat(settings.surveyNumber()).isEqualTo(1);
        SurveyVersion survey = as(cc, () -> setup.survey()).orElseThrow();
        assertThat(survey.preset()).isEqualTo(Act004Survey.PRESET);
        assertThat(survey.definition().question(Field.WAY).orElseThrow().label()).isEqualTo("5(15)");
        assertThat(survey.definition().question(Field.WAY).orElseThrow().option(Field.ONLINE).orElseThrow().code()).isEqualTo("4");
        List<TouchpointLink> links = as(cc, setup::links);
        assertThat(links).extracting(TouchpointLink::touchpointName).containsExactly("Официальный сайт", "Приёмная министерства");
        assertThat(as(cc, setup::links)).extracting(TouchpointLink::token).isEqualTo(links.stream().map(TouchpointLink::token).toList());
        assertThat(links.getFirst().path()).startsWith("/feedback/fb-a/").doesNotContain(links.getFirst().touchpointId().toString());
    }

    @Test
    void the_form_asks_what_the_answers_call_for_and_refuses_the_rest_with_the_question_named() {
        String token = token(reception);
        PublicSurvey survey = publicSurveys.find(slug, token).orElseThrow();
        assertThat(survey.touchpointName()).isEqualTo("Приёмная министерства");
        assertThat(survey.measures()).extracting(PublicSurvey.Measure::name).containsExactlyInAnyOrder("Предоставление грантов",
                "Предоставление займов");

        // online, refused: q.10, 15 and 16 are asked; 13 and 14 (in person) are not
        Answers online = answers(Map.of(Field.WAY, Field.ONLINE, Field.APPLICANT, Field.LEGAL, Field.PROVIDED, Field.NO,
                Field.SATISFIED, Field.NO, Field.INFORMED_AFTER_REFUSAL, Field.YES, Field.INFORMATION, "2", Field.DOCUMENTS, "4",
                Field.INTERFACE, "3", Field.STATUS, "5", Field.TIMELINESS, "1"), Map.of(Field.INFORMATION, "Долго искал порядок"));
        UUID key = UUID.randomUUID();
        UUID id = publicSurveys.submit(slug, token, loans.id(), online, key);
        assertThat(publicSurveys.submit(slug, token, loans.id(), online, key)).as("a double click stores one").isEqualTo(id);
        assertThat(count("submission_key = '" + key + "'")).isEqualTo(1);

        assertThat(problems(() -> publicSurveys.submit(slug, token, loans.id(), with(online, Field.POLITENESS, "5"), UUID.randomUUID())))
                .containsExactly("politeness:feedback.error.not-asked");
        Answers provided = with(online, Field.PROVIDED, Field.YES);
        assertThat(problems(() -> publicSurveys.submit(slug, token, loans.id(), provided, UUID.randomUUID())))
                .containsExactly("informed-after-refusal:feedback.error.not-asked");
        Answers praised = answers(online.values(), Map.of(Field.DOCUMENTS, "всё хорошо"));
        assertThat(problems(() -> publicSurveys.submit(slug, token, loans.id(), praised, UUID.randomUUID())))
                .containsExactly("difficulty-documents:feedback.error.difficulty-not-asked");
        Answers unanswered = answers(Map.of(Field.WAY, Field.IN_PERSON, Field.APPLICANT, Field.INDIVIDUAL, Field.PROVIDED, Field.YES),
                Map.of());
        assertThat(problems(() -> publicSurveys.submit(slug, token, grants.id(), unanswered, UUID.randomUUID())))
                .contains("satisfied:feedback.error.required", "politeness:feedback.error.required", "location:feedback.error.required")
                .doesNotContain("interface:feedback.error.required", "informed-after-refusal:feedback.error.required");
        Answers contact = new Answers(online.values(), online.difficulties(), null, "client@example.ru", false);
        assertThat(problems(() -> publicSurveys.submit(slug, token, loans.id(), contact, UUID.randomUUID())))
                .containsExactly("consent:feedback.error.consent-missing");
        assertThat(problems(() -> publicSurveys.submit(slug, token, null, online, UUID.randomUUID())))
                .containsExactly("support-measure:feedback.error.measure-required");
        assertThat(problems(() -> publicSurveys.submit(slug, token, UUID.randomUUID(), online, UUID.randomUUID())))
                .containsExactly("support-measure:feedback.error.measure");
        assertThat(problems(() -> publicSurveys.submit(slug, token, loans.id(), with(online, Field.TOUCHPOINT, "Другая"), UUID.randomUUID())))
                .containsExactly("touchpoint:feedback.error.fixed");
    }

    @Test
    void a_link_works_only_for_its_own_agency() {
        String foreign = as(otherCc, setup::links).getFirst().token();
        assertThat(publicSurveys.find("fb-b", foreign)).isPresent();
        assertThat(publicSurveys.find(slug, foreign)).as("another agency's token under this agency's path").isEmpty();
        assertThat(publicSurveys.find(slug, "AAAAAAAAAAAAAAAAAAAAAAAA")).isEmpty();
        assertThat(publicSurveys.find(slug, "../../etc/passwd")).isEmpty();
    }

    @Test
    void a_paper_form_is_typed_in_by_the_platforms_codes() {
        SurveyDefinition survey = as(cc, () -> setup.survey()).orElseThrow().definition();
        Map<String, String> codes = Map.of("15", "4", "17", "2", "19", "2", "21", "2", "22", "1", "23", "2", "24", "3", "27", "5",
                "28", "4", "29", "1");
        Answers typed = responses.byCodes(survey, codes, Map.of("23", "Не нашёл порядок на сайте"), null, null, false);
        assertThat(typed.value(Field.WAY)).isEqualTo(Field.ONLINE);
        assertThat(typed.value(Field.PROVIDED)).isEqualTo(Field.NO);
        UUID id = as(cc, () -> responses.record(Channel.PAPER_FORM, site.id(), grants.id(), typed, UUID.randomUUID()));
        assertThat(jdbcAs(() -> jdbc.sql("select way || '/' || score_interface || '/' || (difficulties ->> 'information') from feedback_response where id = ?")
                .param(id).query(String.class).single())).isEqualTo("ONLINE/5/Не нашёл порядок на сайте");
        assertThat(problems(() -> responses.byCodes(survey, Map.of("15", "2"), Map.of(), null, null, false)))
                .containsExactly("code-15:feedback.error.unknown-option");
        assertThat(problems(() -> responses.byCodes(survey, Map.of("99", "1"), Map.of(), null, null, false)))
                .containsExactly("code-99:feedback.error.unknown-code");
        TenantPrincipal viewer = person(agency, "fb-viewer", "Вера", Role.VIEWER);
        assertThatThrownBy(() -> as(viewer, () -> responses.record(Channel.PAPER_FORM, site.id(), grants.id(), typed, UUID.randomUUID())))
                .isInstanceOf(RoleRequiredException.class);
        assertThatThrownBy(() -> as(viewer, () -> analysis.analysis(Quarter.of(java.time.LocalDate.now()))))
                .isInstanceOf(RoleRequiredException.class);
    }

    @Test
    void every_figure_of_the_analysis_equals_a_count_over_the_responses() {
        // a quarter of its own agency: hand-computed expectations
        TestAgencies.Pair pair = TestAgencies.register(directory, "94", "Область счёта", "fc", "С");
        TenantPrincipal counter = person(pair.agency(), "fc-cc", "Счётчик", Role.CC_DEPUTY, Role.TENANT_ADMIN);
        Touchpoint desk = as(counter, () -> {
            setup.change(true, 60, 10, -1);
            return touchpoints.create(new TouchpointDraft("Окно приёма", null, ChannelType.RECEPTION, "ул. Счётная, 1", null, "Положение"));
        });
        Touchpoint web = as(counter, () -> touchpoints.create(new TouchpointDraft("Сайт", null, ChannelType.SITE, "https://fc.example.ru",
                null, "Положение")));
        record(counter, desk, Map.of(Field.WAY, Field.IN_PERSON, Field.PROVIDED, Field.YES, Field.SATISFIED, Field.YES,
                Field.INFORMATION, "5", Field.POLITENESS, "4", Field.LOCATION, "2", Field.TIMELINESS, "5"));
        record(counter, desk, Map.of(Field.WAY, Field.IN_PERSON, Field.PROVIDED, Field.NO, Field.SATISFIED, Field.NO,
                Field.INFORMED_AFTER_REFUSAL, Field.NO, Field.INFORMATION, "3", Field.POLITENESS, "5", Field.TIMELINESS, "2"));
        record(counter, web, Map.of(Field.WAY, Field.ONLINE, Field.PROVIDED, Field.NO, Field.SATISFIED, Field.NO,
                Field.INFORMED_AFTER_REFUSAL, Field.YES, Field.INFORMATION, "1", Field.INTERFACE, "4", Field.STATUS, "3"));
        record(counter, web, Map.of(Field.WAY, Field.ONLINE, Field.PROVIDED, Field.YES, Field.SATISFIED, Field.YES,
                Field.INTERFACE, "5", Field.STATUS, "5", Field.TIMELINESS, "4"));

        FeedbackAnalysis a = as(counter, () -> analysis.analysis(Quarter.of(java.time.LocalDate.now(Quarter.ZONE))));
        assertThat(a.responses()).isEqualTo(4);
        assertThat(a.overall().get(Parameter.OVERALL)).isEqualTo(new Figure(4, 2, null));
        assertThat(a.overall().get(Parameter.INFORMATION)).isEqualTo(new Figure(3, 1, 3.0));
        assertThat(a.overall().get(Parameter.POLITENESS)).as("in person only").isEqualTo(new Figure(2, 2, 4.5));
        assertThat(a.overall().get(Parameter.LOCATION)).isEqualTo(new Figure(1, 0, 2.0));
        assertThat(a.overall().get(Parameter.INTERFACE)).as("online only").isEqualTo(new Figure(2, 2, 4.5));
        assertThat(a.overall().get(Parameter.STATUS)).isEqualTo(new Figure(2, 1, 4.0));
        assertThat(a.overall().get(Parameter.TIMELINESS)).isEqualTo(new Figure(3, 2, 3.67));
        assertThat(a.overall().get(Parameter.AFTER_REFUSAL)).as("q.10 over refusals only").isEqualTo(new Figure(2, 1, null));
        assertThat(a.overall().get(Parameter.OVERALL).percent()).isEqualTo(50.0);

        FeedbackAnalysis.Slice deskSlice = a.byTouchpoint().stream().filter(s -> desk.id().equals(s.id())).findFirst().orElseThrow();
        assertThat(deskSlice.responses()).isEqualTo(2);
        assertThat(deskSlice.name()).isEqualTo("Окно приёма");
        assertThat(a.byWay()).extracting(FeedbackAnalysis.Slice::name, FeedbackAnalysis.Slice::responses)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(Field.IN_PERSON, 2L),
                        org.assertj.core.groups.Tuple.tuple(Field.ONLINE, 2L));
        assertThat(a.belowThreshold()).as("both at 50 %% under the 60 %% threshold").hasSize(2);
        assertThat(a.history()).hasSize(5);
        assertThat(a.history().getLast().responses()).isEqualTo(4);

        // the same figures as plain SQL counts over the stored rows
        long satisfied = TenantContext.callAsAgency(pair.agency(), () -> jdbcInTx(() -> jdbc.sql(
                "select count(*) from feedback_response where satisfied").query(Long.class).single()));
        assertThat(a.overall().get(Parameter.OVERALL).positive()).isEqualTo(satisfied);
        long afterRefusal = TenantContext.callAsAgency(pair.agency(), () -> jdbcInTx(() -> jdbc.sql(
                "select count(*) from feedback_response where provided = false and informed_after_refusal is not null")
                .query(Long.class).single()));
        assertThat(a.overall().get(Parameter.AFTER_REFUSAL).answers()).isEqualTo(afterRefusal);
        assertThat(as(cc, () -> analysis.analysis(Quarter.of(java.time.LocalDate.now(Quarter.ZONE)))).byTouchpoint())
                .as("another agency's analysis sees none of these").noneMatch(s -> desk.id().equals(s.id()));
    }

    private void record(TenantPrincipal who, Touchpoint touchpoint, Map<Field, String> values) {
        Map<Field, String> all = new EnumMap<>(values);
        all.putIfAbsent(Field.APPLICANT, Field.INDIVIDUAL);
        as(who, () -> responses.record(Channel.EMAIL, touchpoint.id(), null, new Answers(all, Map.of(), null, null, false),
                UUID.randomUUID()));
    }

    @Autowired org.springframework.transaction.PlatformTransactionManager transactions;

    private <T> T jdbcInTx(Supplier<T> work) {
        return new org.springframework.transaction.support.TransactionTemplate(transactions).execute(s -> work.get());
    }

    private <T> T jdbcAs(Supplier<T> work) {
        return TenantContext.callAsAgency(agency, () -> jdbcInTx(work));
    }

    private long count(String where) {
        return jdbcAs(() -> jdbc.sql("select count(*) from feedback_response where " + where).query(Long.class).single());
    }

    private String token(Touchpoint touchpoint) {
        return as(cc, setup::links).stream().filter(l -> l.touchpointId().equals(touchpoint.id())).findFirst().orElseThrow().token();
    }

    private static Answers answers(Map<Field, String> values, Map<Field, String> difficulties) {
        return new Answers(values, difficulties, null, null, false);
    }

    private static Answers with(Answers answers, Field field, String value) {
        Map<Field, String> values = new EnumMap<>(answers.values());
        values.put(field, value);
        return new Answers(values, answers.difficulties(), answers.comment(), answers.contact(), answers.consent());
    }

    private static List<String> problems(Runnable action) {
        FeedbackRejectedException refused = catchThrowableOfType(FeedbackRejectedException.class, action::run);
        assertThat(refused).as("refused").isNotNull();
        return refused.problems().stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }
}
