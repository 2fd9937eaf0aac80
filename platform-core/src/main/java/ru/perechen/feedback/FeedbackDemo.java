package ru.perechen.feedback;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.perechen.feedback.internal.FeedbackResponseRepository;
import ru.perechen.register.ListRow;
import ru.perechen.register.ListService;
import ru.perechen.tenancy.TenantContext;

/**
 * Plausible responses for the local run, so that the analysis of a demo agency is not empty: over this
 * quarter and the one before, at the touchpoints and measures of its list, every branch of act 004's
 * form answered as a client would. Deterministic; written once (an agency with responses gets none).
 */
@Component
public class FeedbackDemo {

    private static final String[] DIFFICULTIES = {"Долго искал на сайте порядок получения меры", "Не дозвонился с первого раза",
        "Пришлось несколько раз переделывать заявку", "Не сообщили, на каком этапе рассмотрение", "Неудобная запись на приём",
        "Сроки рассмотрения затянулись"};
    private final FeedbackSetup setup;
    private final ResponseStore store;
    private final FeedbackResponseRepository responses;
    private final ListService list;
    private final ReportTerms terms;

    FeedbackDemo(FeedbackSetup setup, ResponseStore store, FeedbackResponseRepository responses, ListService list, ReportTerms terms) {
        this.terms = terms;
        this.setup = setup;
        this.store = store;
        this.responses = responses;
        this.list = list;
    }

    /** Switches feedback on for the current agency (system work) and writes {@code count} responses once. */
    @Transactional
    public int seed(int count) {
        return seed(count, null);
    }

    /** As {@link #seed(int)}, with the wording of the units' reports' heading from the agency's act (null: the default). */
    @Transactional
    public int seed(int count, String reportHeading) {
        TenantContext.requireAgency();
        if (!setup.settings().enabled()) {
            setup.change(true, 70, 10, setup.settings().version());
        }
        if (reportHeading != null) {
            terms.useHeading(reportHeading);
        }
        if (responses.count() > 0) {
            return 0;
        }
        SurveyVersion survey = setup.survey().orElseThrow();
        List<ListRow> rows = list.allRows(list.currentNumber());
        if (rows.isEmpty()) {
            return 0;
        }
        Instant now = store.now();
        Instant from = Quarter.of(now).previous().start();
        long span = Duration.between(from, now).toSeconds();
        SplittableRandom random = new SplittableRandom(4);
        for (int i = 0; i < count; i++) {
            ListRow row = rows.get(random.nextInt(rows.size()));
            boolean online = row.kind() == ru.perechen.catalog.ChannelKind.DIGITAL;
            // one touchpoint is weaker than the rest, so that the lowest and the threshold show something
            int bias = row.touchpointName() != null && row.touchpointName().startsWith("Телефон") ? -2 : 0;
            boolean provided = random.nextInt(100) < 80;
            Map<Field, String> values = new EnumMap<>(Field.class);
            Map<Field, String> difficulties = new EnumMap<>(Field.class);
            values.put(Field.WAY, online ? Field.ONLINE : Field.IN_PERSON);
            values.put(Field.APPLICANT, random.nextInt(100) < 65 ? Field.LEGAL : Field.INDIVIDUAL);
            values.put(Field.PROVIDED, String.valueOf(provided));
            List<Field> scores = new ArrayList<>(List.of(Field.INFORMATION, Field.DOCUMENTS, Field.TIMELINESS));
            scores.addAll(online ? List.of(Field.INTERFACE, Field.STATUS) : List.of(Field.POLITENESS, Field.LOCATION));
            int sum = 0;
            for (Field field : scores) {
                int score = Math.max(1, Math.min(5, (provided ? 4 : 3) + bias + random.nextInt(-1, 2) + (random.nextInt(6) == 0 ? -2 : 0)));
                sum += score;
                values.put(field, String.valueOf(score));
                if (score <= 3 && random.nextInt(3) == 0) {
                    difficulties.put(field, DIFFICULTIES[random.nextInt(DIFFICULTIES.length)]);
                }
            }
            values.put(Field.SATISFIED, String.valueOf(sum >= 3.5 * scores.size()));
            if (!provided) {
                values.put(Field.INFORMED_AFTER_REFUSAL, String.valueOf(random.nextInt(100) < 60));
            }
            ResponseStore.Where where = new ResponseStore.Where(row.touchpointId(), row.processId(), row.unitId(), row.groupId(),
                    row.processName());
            Channel channel = random.nextInt(5) == 0 ? Channel.PAPER_FORM : Channel.SURVEY_LINK;
            store.store(survey, channel, where, new Answers(values, difficulties, null, null, false),
                    UUID.nameUUIDFromBytes(("demo-" + i).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    channel == Channel.PAPER_FORM ? "демо-данные" : null, from.plusSeconds(random.nextLong(Math.max(1, span))));
        }
        return count;
    }
}
