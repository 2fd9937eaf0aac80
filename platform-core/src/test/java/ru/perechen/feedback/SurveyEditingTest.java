package ru.perechen.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static ru.perechen.coretest.TestPrincipals.as;
import static ru.perechen.coretest.TestPrincipals.person;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import ru.perechen.audit.AuditLog;
import ru.perechen.catalog.ChannelType;
import ru.perechen.catalog.Touchpoint;
import ru.perechen.catalog.TouchpointDraft;
import ru.perechen.catalog.TouchpointService;
import ru.perechen.coretest.CoreTestApplication;
import ru.perechen.coretest.TestAgencies;
import ru.perechen.feedback.SurveyDefinition.Condition;
import ru.perechen.feedback.SurveyDefinition.Option;
import ru.perechen.feedback.SurveyDefinition.Question;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencyId;
import ru.perechen.tenancy.Role;
import ru.perechen.tenancy.RoleRequiredException;
import ru.perechen.tenancy.TenantPrincipal;

/** An agency's own edition of act 004's survey: a new version in use, the old responses keeping theirs, and what may not change. */
@SpringBootTest(classes = CoreTestApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyEditingTest {

    static final Instant ALWAYS_FROM = Instant.EPOCH;
    static final Instant ALWAYS_TO = Instant.parse("2100-01-01T00:00:00Z");
    static final String TIMELINESS = "Насколько Вас устроил срок, за который Вам предоставили меру поддержки";

    @Autowired AgencyDirectory directory;
    @Autowired FeedbackSetup setup;
    @Autowired SurveyEditing editing;
    @Autowired FeedbackResponses responses;
    @Autowired PublicSurveyService publicSurveys;
    @Autowired TouchpointService touchpoints;
    @Autowired AuditLog audit;

    TenantPrincipal cc;
    TenantPrincipal otherCc;
    TenantPrincipal editor;
    Touchpoint reception;

    @BeforeAll
    void two_agencies_with_feedback_switched_on() {
        TestAgencies.Pair pair = TestAgencies.register(directory, "97", "Область редакций анкет", "fsv", "Р");
        AgencyId agency = pair.agency();
        cc = person(agency, "fsv-cc", "Галина Анкетова", Role.CC_DEPUTY);
        editor = person(agency, "fsv-editor", "Егор Редактор", Role.EDITOR);
        otherCc = person(pair.other(), "fsv-cc-b", "Пётр Другой", Role.CC_DEPUTY);
        as(cc, () -> setup.change(true, 70, 10, -1));
        reception = as(person(agency, "fsv-admin", "Анна Админова", Role.TENANT_ADMIN), () -> {
            return touchpoints.create(new TouchpointDraft("Приёмная", null, ChannelType.RECEPTION, "ул. Анкетная, 1", null, "Положение"));
        });
        as(otherCc, () -> setup.change(true, 70, 10, -1));
    }

    @Test
    void an_edition_becomes_the_next_version_in_use_and_a_response_to_the_first_keeps_the_first() {
        SurveyVersion first = as(cc, () -> editing.makeCurrent(1));
        UUID old = record(first.definition(), Map.of("15", "1", "17", "2", "19", "1", "21", "1", "23", "5", "24", "5", "25", "5", "26", "5",
                "29", "5"));

        SurveyDefinition edited = change(first.definition(), Field.TIMELINESS, q -> text(q, TIMELINESS));
        edited = change(edited, Field.WAY, q -> options(q, List.of(new Option("1", "7", Field.IN_PERSON, "Лично, в приёмной"),
                new Option("2", "8", Field.ONLINE, "Онлайн"))));
        edited = change(edited, Field.APPLICANT, q -> new Question(q.field(), q.block(), q.number(), q.code(), q.text(), q.kind(), false,
                q.options(), q.askedWhen()));
        edited = without(edited, Field.MUNICIPALITY);
        SurveyDefinition edition = edited;
        int before = as(cc, editing::versions).size();
        SurveyVersion saved = as(cc, () -> editing.saveAsNewVersion(first.id(), "  Редакция для приёмной ", edition));

        assertThat(saved.number()).isEqualTo(before + 1);
        assertThat(saved.preset()).isNull();
        assertThat(saved.title()).isEqualTo("Редакция для приёмной");
        assertThat(saved.createdBy()).isEqualTo("Галина Анкетова");
        assertThat(as(cc, setup::settings).surveyNumber()).isEqualTo(saved.number());
        SurveyVersion inUse = as(cc, () -> setup.survey()).orElseThrow();
        assertThat(inUse.id()).isEqualTo(saved.id());
        assertThat(inUse.definition().question(Field.MUNICIPALITY)).isEmpty();
        assertThat(inUse.definition().question(Field.WAY).orElseThrow().option(Field.IN_PERSON).orElseThrow().code()).isEqualTo("7");

        // the public form and the paper form's codes follow the version in use
        String token = as(cc, setup::links).stream().filter(l -> l.touchpointId().equals(reception.id())).findFirst().orElseThrow().token();
        PublicSurvey form = publicSurveys.find("fsv-a", token).orElseThrow();
        assertThat(form.surveyVersionId()).isEqualTo(saved.id());
        assertThat(form.survey().question(Field.TIMELINESS).orElseThrow().text()).isEqualTo(TIMELINESS);
        UUID fresh = record(inUse.definition(), Map.of("15", "7", "19", "1", "21", "1", "23", "4", "24", "4", "25", "4", "26", "4",
                "29", "4"));

        // each response reads with the version it answered; the first version is stored as it was
        List<FeedbackResponse> all = as(cc, () -> responses.between(ALWAYS_FROM, ALWAYS_TO));
        assertThat(all.stream().filter(r -> r.id().equals(old)).findFirst().orElseThrow().surveyNumber()).isEqualTo(first.number());
        FeedbackResponse answeredSecond = all.stream().filter(r -> r.id().equals(fresh)).findFirst().orElseThrow();
        assertThat(answeredSecond.surveyNumber()).isEqualTo(saved.number());
        assertThat(answeredSecond.answers().value(Field.WAY)).isEqualTo(Field.IN_PERSON);
        List<SurveyVersionSummary> versions = as(cc, editing::versions);
        SurveyVersionSummary firstListed = versions.stream().filter(v -> v.number() == first.number()).findFirst().orElseThrow();
        assertThat(firstListed.current()).isFalse();
        assertThat(firstListed.responses()).isPositive();
        assertThat(firstListed.preset()).isEqualTo(Act004Survey.PRESET);
        assertThat(versions.getFirst()).extracting(SurveyVersionSummary::number, SurveyVersionSummary::responses,
                SurveyVersionSummary::current, SurveyVersionSummary::createdBy).containsExactly(saved.number(), 1L, true, "Галина Анкетова");
        assertThat(as(cc, () -> audit.recent(10))).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("SURVEY_VERSION_CREATED");
            assertThat(e.entityId()).isEqualTo(saved.id());
            assertThat(e.afterState()).contains(TIMELINESS);
        });

        // the first version is made current again: new responses answer it, the edition stays listed
        SurveyVersion again = as(cc, () -> editing.makeCurrent(first.number()));
        assertThat(again.definition()).isEqualTo(Act004Survey.definition());
        assertThat(as(cc, () -> setup.survey()).orElseThrow().number()).isEqualTo(first.number());
        assertThat(as(cc, editing::versions)).filteredOn(SurveyVersionSummary::current).extracting(SurveyVersionSummary::number)
                .containsExactly(first.number());
        assertThat(as(cc, () -> audit.recent(1)).getFirst().action()).isEqualTo("SURVEY_VERSION_CURRENT");

        // an edition of a version no longer in use is refused: someone else changed the survey meanwhile
        assertThatThrownBy(() -> as(cc, () -> editing.saveAsNewVersion(saved.id(), "Поверх чужой", edition)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(as(otherCc, editing::versions)).as("another agency's versions are its own").hasSize(1);
    }

    @Test
    void an_edition_that_breaks_the_acts_rules_is_refused_with_each_question_named_and_nothing_stored() {
        SurveyVersion current = as(cc, () -> setup.survey()).orElseThrow();
        SurveyDefinition base = current.definition();
        int before = as(cc, editing::versions).size();

        assertThat(refused(current, change(base, Field.SATISFIED, q -> code(q, "15"))))
                .containsExactly("question.satisfied.code:code-twice:9(15):15:5(15)");
        assertThat(refused(current, change(base, Field.MUNICIPALITY, q -> when(q, new Condition(Field.PROVIDED, Field.NO)))))
                .containsExactly("question.municipality.condition:condition-later:4(14):8(19)");
        assertThat(refused(current, change(base, Field.POLITENESS, q -> when(q, null))))
                .containsExactly("question.politeness.condition:condition-in-person:13(25):5(15):1 «Лично в органе власти»");
        assertThat(refused(current, change(base, Field.STATUS, q -> when(q, new Condition(Field.WAY, Field.IN_PERSON)))))
                .containsExactly("question.status.condition:condition-online:16(28):5(15):2 «Онлайн на сайте органа власти»");
        assertThat(refused(current, change(base, Field.INFORMED_AFTER_REFUSAL, q -> when(q, new Condition(Field.PROVIDED, Field.YES)))))
                .containsExactly("question.informed-after-refusal.condition:condition-after-refusal:10(22):8(19):2 «Не была предоставлена»");
        assertThat(refused(current, change(base, Field.INFORMATION, q -> text(q, "   "))))
                .containsExactly("question.information.text:text-blank:11(23)");
        assertThat(refused(current, change(base, Field.DOCUMENTS, q -> text(q, "я".repeat(1001)))))
                .containsExactly("question.documents.text:text-long:12(24):1000");
        assertThat(refused(current, change(base, Field.APPLICANT, q -> when(q, new Condition(Field.MUNICIPALITY, "x")))))
                .containsExactly("question.applicant.condition:condition-not-choice:6(17):4(14)");
        assertThat(refused(current, change(base, Field.APPLICANT, q -> when(q, new Condition(Field.WAY, "BY_POST")))))
                .containsExactly("question.applicant.condition:condition-option:6(17):5(15)");
        assertThat(refused(current, change(base, Field.WAY, q -> when(q, new Condition(Field.SUPPORT_MEASURE, "x")))))
                .containsExactly("question.way.condition:condition-always:5(15)");
        assertThat(refused(current, without(base, Field.PROVIDED))).as("the analysis needs the result")
                .containsExactly("question.provided:not-droppable:«Результат обращения в орган власти: была ли предоставлена м…»",
                        "question.informed-after-refusal.condition:condition-unknown:10(22)");
        assertThat(refused(current, change(base, Field.APPLICANT, q -> options(q, List.of(q.options().get(0), q.options().get(1),
                new Option("3", "3", "OTHER", "Иначе")))))).containsExactly("question.applicant.options:options-fixed:6(17)");
        assertThat(refused(current, change(base, Field.APPLICANT, q -> options(q, List.of(q.options().get(0),
                new Option("2", "Ю", Field.LEGAL, "Юридическим лицом")))))).containsExactly("question.applicant.option.1.code:option-code:6(17):2:4");
        assertThat(refused(current, change(base, Field.APPLICANT, q -> options(q, List.of(q.options().get(0),
                new Option("1", "2", Field.LEGAL, "Юридическим лицом")))))).containsExactly("question.applicant.option.1.number:option-number-twice:6(17):1");
        assertThat(refused(current, change(base, Field.TIMELINESS, q -> options(q, q.options().stream()
                .map(o -> new Option(o.number(), "9" + o.code(), o.value(), o.text())).toList()))))
                .startsWith("question.timeliness.option.0.code:scale-option:17(29):1");
        assertThat(refused(current, change(base, Field.SATISFIED, q -> new Question(q.field(), q.block(), q.number(), q.code(), q.text(),
                q.kind(), false, q.options(), null)))).containsExactly("question.satisfied.required:required-on:9(21)");
        assertThat(refused(current, change(base, Field.WAY, q -> new Question(q.field(), 2, q.number(), q.code(), q.text(), q.kind(),
                q.required(), q.options(), null)))).containsExactly("question.way:block:5(15):1");
        assertThat(refusedTitled(current, " ", base)).containsExactly("title:title-blank");
        assertThat(as(cc, editing::versions)).as("nothing stored").hasSize(before);
        assertThat(as(cc, () -> setup.survey()).orElseThrow().id()).isEqualTo(current.id());
    }

    @Test
    void only_oversight_edits_the_survey_or_lists_its_versions() {
        SurveyVersion current = as(cc, () -> setup.survey()).orElseThrow();
        assertThatThrownBy(() -> as(editor, () -> editing.saveAsNewVersion(current.id(), "Редакция редактора", current.definition())))
                .isInstanceOf(RoleRequiredException.class);
        assertThatThrownBy(() -> as(editor, editing::versions)).isInstanceOf(RoleRequiredException.class);
        assertThatThrownBy(() -> as(editor, () -> editing.makeCurrent(1))).isInstanceOf(RoleRequiredException.class);
    }

    private UUID record(SurveyDefinition survey, Map<String, String> codes) {
        Answers answers = responses.byCodes(survey, codes, Map.of(), null, null, false);
        return as(cc, () -> responses.record(Channel.PAPER_FORM, reception.id(), null, answers, UUID.randomUUID()));
    }

    private List<String> refused(SurveyVersion base, SurveyDefinition edited) {
        return refusedTitled(base, "Редакция с ошибкой", edited);
    }

    private List<String> refusedTitled(SurveyVersion base, String title, SurveyDefinition edited) {
        FeedbackRejectedException refused = catchThrowableOfType(FeedbackRejectedException.class,
                () -> as(cc, () -> editing.saveAsNewVersion(base.id(), title, edited)));
        assertThat(refused).as("refused").isNotNull();
        return refused.problems().stream().map(p -> {
            List<String> parts = new ArrayList<>(List.of(p.field(), p.messageKey().replace("feedback.survey-edit.error.", "")));
            p.arguments().forEach(a -> parts.add(String.valueOf(a)));
            return String.join(":", parts);
        }).toList();
    }

    static SurveyDefinition change(SurveyDefinition survey, Field field, UnaryOperator<Question> change) {
        return new SurveyDefinition(survey.title(), survey.followUp(), survey.questions().stream()
                .map(q -> q.field() == field ? change.apply(q) : q).toList());
    }

    static SurveyDefinition without(SurveyDefinition survey, Field field) {
        return new SurveyDefinition(survey.title(), survey.followUp(), survey.questions().stream().filter(q -> q.field() != field).toList());
    }

    static Question text(Question q, String text) {
        return new Question(q.field(), q.block(), q.number(), q.code(), text, q.kind(), q.required(), q.options(), q.askedWhen());
    }

    static Question code(Question q, String code) {
        return new Question(q.field(), q.block(), q.number(), code, q.text(), q.kind(), q.required(), q.options(), q.askedWhen());
    }

    static Question when(Question q, Condition when) {
        return new Question(q.field(), q.block(), q.number(), q.code(), q.text(), q.kind(), q.required(), q.options(), when);
    }

    static Question options(Question q, List<Option> options) {
        return new Question(q.field(), q.block(), q.number(), q.code(), q.text(), q.kind(), q.required(), options, q.askedWhen());
    }
}
