package ru.perechen.feedback;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ru.perechen.feedback.FeedbackRejectedException.Problem;
import ru.perechen.feedback.SurveyDefinition.Question;

/**
 * Whether answers fit the survey they answer: every value belongs to a question that was asked given the
 * answers before it (q.10 only after a refusal, in-person and online questions by the way received), is one
 * of its options or a score 1–5, and fits its size; a difficulty only under a score of 1–3; a contact only
 * with consent. What does not fit is refused with its field — never dropped or replaced.
 */
final class SurveyCheck {

    static final int MAX_MEASURE = 500;
    static final int MAX_MUNICIPALITY = 200;
    static final int MAX_DIFFICULTY = 2000;
    static final int MAX_COMMENT = 4000;
    static final int MAX_CONTACT = 300;

    private SurveyCheck() {
    }

    /**
     * The touchpoint and the unit are not answers: the link (or the staff member's choice) gives them.
     *
     * @param complete whether the survey's required questions must be answered (a survey, online or on
     *                 paper); feedback from other channels records what it has
     */
    static void check(SurveyDefinition survey, Answers answers, boolean complete, LocalDateTime now) {
        List<Problem> problems = new ArrayList<>();
        Map<Field, String> values = answers.values();
        values.forEach((field, value) -> {
            Question question = survey.question(field).orElse(null);
            if (question == null) {
                problems.add(new Problem(key(field), "feedback.error.not-in-survey"));
            } else if (!survey.asked(question, values)) {
                problems.add(new Problem(key(field), "feedback.error.not-asked", question.label()));
            } else {
                value(question, value, now, problems);
            }
        });
        if (complete) {
            for (Question question : survey.questions()) {
                if (question.required() && survey.asked(question, values) && !values.containsKey(question.field())) {
                    problems.add(new Problem(key(question.field()), "feedback.error.required", question.label()));
                }
            }
        }
        answers.difficulties().forEach((field, text) -> {
            Integer score = field.score() && values.containsKey(field) ? parse(values.get(field)) : null;
            if (score == null || score > 3) {
                problems.add(new Problem("difficulty-" + key(field), "feedback.error.difficulty-not-asked"));
            } else if (text.length() > MAX_DIFFICULTY) {
                problems.add(new Problem("difficulty-" + key(field), "feedback.error.too-long", MAX_DIFFICULTY));
            }
        });
        if (answers.comment() != null && answers.comment().length() > MAX_COMMENT) {
            problems.add(new Problem("comment", "feedback.error.too-long", MAX_COMMENT));
        }
        if (answers.contact() != null && answers.contact().length() > MAX_CONTACT) {
            problems.add(new Problem("contact", "feedback.error.too-long", MAX_CONTACT));
        } else if (answers.contact() != null && !answers.consent()) {
            problems.add(new Problem("consent", "feedback.error.consent-missing"));
        } else if (answers.contact() == null && answers.consent()) {
            problems.add(new Problem("contact", "feedback.error.contact-missing"));
        }
        if (!complete && values.isEmpty() && answers.comment() == null) {
            problems.add(new Problem("comment", "feedback.error.empty"));
        }
        if (!problems.isEmpty()) {
            throw new FeedbackRejectedException(problems);
        }
    }

    private static void value(Question question, String value, LocalDateTime now, List<Problem> problems) {
        String field = key(question.field());
        switch (question.kind()) {
            case CHOICE, SCALE -> {
                if (question.option(value).isEmpty()) {
                    problems.add(new Problem(field, "feedback.error.option", question.label()));
                }
            }
            case TEXT -> {
                int max = question.field() == Field.MUNICIPALITY ? MAX_MUNICIPALITY : MAX_MEASURE;
                if (value.length() > max) {
                    problems.add(new Problem(field, "feedback.error.too-long", max));
                }
            }
            case DATETIME -> {
                try {
                    LocalDateTime at = LocalDateTime.parse(value);
                    if (at.isAfter(now.plusDays(1)) || at.getYear() < 2000) {
                        problems.add(new Problem(field, "feedback.error.date"));
                    }
                } catch (DateTimeParseException broken) {
                    problems.add(new Problem(field, "feedback.error.date"));
                }
            }
            case FIXED -> problems.add(new Problem(field, "feedback.error.fixed", question.label()));
        }
    }

    private static Integer parse(String value) {
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException notScore) {
            return null;
        }
    }

    static String key(Field field) {
        return field.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
