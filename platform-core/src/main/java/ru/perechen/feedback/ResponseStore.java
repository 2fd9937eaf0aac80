package ru.perechen.feedback;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;
import org.springframework.stereotype.Component;
import ru.perechen.feedback.internal.FeedbackResponseEntity;
import ru.perechen.feedback.internal.FeedbackResponseRepository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a checked response, once per submission key: a second submission of the same form (a double
 * click, a resent request) finds the first and stores nothing. Runs inside the caller's transaction.
 */
@Component
class ResponseStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Field[] SCORES = {Field.INFORMATION, Field.DOCUMENTS, Field.POLITENESS, Field.LOCATION, Field.INTERFACE,
        Field.STATUS, Field.TIMELINESS};
    private static final int BATCH = 200;
    private final FeedbackResponseRepository responses;
    private final EntityManager entityManager;
    private final Clock clock;

    ResponseStore(FeedbackResponseRepository responses, EntityManager entityManager, Clock clock) {
        this.responses = responses;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Where a response belongs: the touchpoint, and the process (with its unit and group) when known. */
    record Where(UUID touchpointId, UUID processId, UUID unitId, UUID groupId, String measureName) {

        /** A response typed in or imported: the process's group, and its unit only when the process has exactly one. */
        static Where of(UUID touchpointId, ru.perechen.catalog.AgencyProcess process) {
            return process == null ? new Where(touchpointId, null, null, null, null)
                    : new Where(touchpointId, process.id(), soleUnit(process), process.groupId(), process.name());
        }

        /** The unit a response or a list row of this process belongs to when nothing else names one. */
        static UUID soleUnit(ru.perechen.catalog.AgencyProcess process) {
            return process == null || process.owners().size() != 1 ? null : process.owners().getFirst().id();
        }
    }

    /** A response to store that no earlier submission stored (an import checks its keys beforehand). */
    record Fresh(Channel channel, Where where, Answers answers, UUID submissionKey, Instant answeredAt) {
    }

    Instant now() {
        return clock.instant();
    }

    LocalDateTime localNow() {
        return LocalDateTime.ofInstant(clock.instant(), Quarter.ZONE);
    }

    /** The stored response's id: a new one, or the one this submission key already stored. */
    UUID store(SurveyVersion survey, Channel channel, Where where, Answers answers, UUID submissionKey, String enteredBy) {
        return store(survey, channel, where, answers, submissionKey, enteredBy, clock.instant());
    }

    /** As {@link #store(SurveyVersion, Channel, Where, Answers, UUID, String)}, answered at a given time (demo data). */
    UUID store(SurveyVersion survey, Channel channel, Where where, Answers answers, UUID submissionKey, String enteredBy, Instant answeredAt) {
        var existing = responses.findBySubmissionKey(submissionKey);
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        return responses.saveAndFlush(entity(survey, channel, where, answers, submissionKey, enteredBy, answeredAt)).getId();
    }

    /**
     * Stores many new responses at once, in JDBC batches (an import of up to 20,000 rows): no key is looked up
     * again — a key stored meanwhile by someone else fails the batch on its unique index, and the caller's
     * transaction with it. Leaves the persistence context empty: the caller holds no managed entity across it.
     */
    void storeFresh(SurveyVersion survey, List<Fresh> fresh, String enteredBy) {
        Session session = entityManager.unwrap(Session.class);
        Integer before = session.getJdbcBatchSize();
        session.setJdbcBatchSize(BATCH);
        try {
            for (int i = 0; i < fresh.size(); i++) {
                Fresh f = fresh.get(i);
                entityManager.persist(entity(survey, f.channel(), f.where(), f.answers(), f.submissionKey(), enteredBy, f.answeredAt()));
                if ((i + 1) % BATCH == 0) {
                    entityManager.flush();
                    entityManager.clear();
                }
            }
            entityManager.flush();
            entityManager.clear();
        } finally {
            session.setJdbcBatchSize(before);
        }
    }

    private static FeedbackResponseEntity entity(SurveyVersion survey, Channel channel, Where where, Answers answers, UUID submissionKey,
                                                 String enteredBy, Instant answeredAt) {
        Instant now = answeredAt;
        FeedbackResponseEntity e = new FeedbackResponseEntity(survey.id(), channel.name(), submissionKey, now, enteredBy);
        e.where(where.touchpointId(), where.processId(), where.unitId(), where.groupId());
        String measure = where.measureName() != null ? where.measureName() : answers.value(Field.SUPPORT_MEASURE);
        String received = answers.value(Field.RECEIVED_ON);
        e.statistics(measure, answers.value(Field.MUNICIPALITY), answers.value(Field.WAY), answers.value(Field.APPLICANT),
                received == null ? null : LocalDateTime.parse(received), bool(answers.value(Field.PROVIDED)));
        Short[] scores = new Short[SCORES.length];
        for (int i = 0; i < SCORES.length; i++) {
            Integer score = answers.score(SCORES[i]);
            scores[i] = score == null ? null : score.shortValue();
        }
        Map<String, String> difficulties = new java.util.TreeMap<>();
        answers.difficulties().forEach((field, text) -> difficulties.put(SurveyCheck.key(field), text));
        e.quality(bool(answers.value(Field.SATISFIED)), bool(answers.value(Field.INFORMED_AFTER_REFUSAL)), scores,
                JSON.writeValueAsString(difficulties), answers.comment());
        if (answers.contact() != null) {
            e.contact(answers.contact(), now);
        }
        return e;
    }

    static Map<Field, String> difficultiesOf(FeedbackResponseEntity e) {
        Map<Field, String> byField = new EnumMap<>(Field.class);
        Map<String, String> stored = JSON.readValue(e.getDifficulties(), new tools.jackson.core.type.TypeReference<Map<String, String>>() { });
        stored.forEach((key, text) -> byField.put(Field.valueOf(key.toUpperCase(java.util.Locale.ROOT).replace('-', '_')), text));
        return byField;
    }

    static Field[] scoreFields() {
        return SCORES.clone();
    }

    private static Boolean bool(String value) {
        return value == null ? null : Boolean.valueOf(value);
    }
}
