package ru.perechen.feedback;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.perechen.feedback.FeedbackRejectedException.Problem;
import ru.perechen.feedback.SurveyDefinition.Condition;
import ru.perechen.feedback.SurveyDefinition.Kind;
import ru.perechen.feedback.SurveyDefinition.Option;
import ru.perechen.feedback.SurveyDefinition.Question;

/**
 * Whether an edited survey may become a version ({@link SurveyRules} says what is fixed). Every problem is
 * refused with its place — {@code title}, {@code survey-title}, {@code follow-up}, {@code question.way},
 * {@code question.way.code}, {@code question.way.option.0.text} — and names the question as printed.
 */
final class SurveyEditCheck {

    private static final String PREFIX = "feedback.survey-edit.error.";

    private final List<Problem> problems = new ArrayList<>();
    private final List<Question> questions;
    private final Map<Field, Integer> position = new EnumMap<>(Field.class);

    private SurveyEditCheck(SurveyDefinition edited) {
        this.questions = edited.questions() == null ? List.of() : edited.questions();
    }

    static void check(String title, SurveyDefinition edited) {
        SurveyEditCheck check = new SurveyEditCheck(edited);
        check.text("title", title, SurveyRules.MAX_TITLE, "title-blank", "title-long");
        check.text("survey-title", edited.title(), SurveyRules.MAX_TITLE, "survey-title-blank", "survey-title-long");
        check.text("follow-up", edited.followUp(), SurveyRules.MAX_TEXT, "follow-up-blank", "follow-up-long");
        check.questions();
        if (!check.problems.isEmpty()) {
            throw new FeedbackRejectedException(check.problems);
        }
    }

    /** The edition as stored: every text stripped. */
    static SurveyDefinition normalized(SurveyDefinition edited) {
        return new SurveyDefinition(edited.title().strip(), edited.followUp().strip(), edited.questions().stream()
                .map(q -> new Question(q.field(), q.block(), q.number().strip(), q.code().strip(), q.text().strip(), q.kind(), q.required(),
                        q.options() == null ? List.of() : q.options().stream().map(o -> new Option(o.number().strip(), o.code().strip(),
                                o.value(), o.text().strip())).toList(), q.askedWhen()))
                .toList());
    }

    private void questions() {
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            if (q == null || q.field() == null) {
                add("question." + i, "unknown", i + 1);
            } else if (position.putIfAbsent(q.field(), i) != null) {
                add(at(q), "twice", name(q));
            }
        }
        for (Field field : Field.values()) {
            if (!position.containsKey(field) && !SurveyRules.droppable(field)) {
                add("question." + SurveyCheck.key(field), "not-droppable", quoted(SurveyRules.preset(field).text()));
            }
        }
        Map<String, Question> numbers = new HashMap<>();
        Map<String, Question> codes = new HashMap<>();
        int block = 1;
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            if (q == null || q.field() == null || position.get(q.field()) != i) {
                continue;
            }
            Question preset = SurveyRules.preset(q.field());
            if (q.kind() != preset.kind()) {
                add(at(q), "kind", name(q));
            }
            if (q.block() != preset.block()) {
                add(at(q), "block", name(q), preset.block());
            } else if (q.block() < block) {
                add(at(q), "order", name(q));
            } else {
                block = q.block();
            }
            text(at(q) + ".text", q.text(), SurveyRules.MAX_TEXT, "text-blank", "text-long", name(q));
            mark(q, "number", q.number(), numbers);
            mark(q, "code", q.code(), codes);
            SurveyRules.fixedRequired(q.field()).filter(fixed -> fixed != q.required())
                    .ifPresent(fixed -> add(at(q) + ".required", fixed ? "required-on" : "required-off", name(q)));
            options(q, preset);
            condition(q, i);
        }
    }

    private void mark(Question q, String part, String value, Map<String, Question> seen) {
        String where = at(q) + "." + part;
        if (text(where, value, SurveyRules.MAX_MARK, part + "-blank", part + "-long", name(q))) {
            Question other = seen.putIfAbsent(value.strip(), q);
            if (other != null) {
                add(where, part + "-twice", name(q), value.strip(), name(other));
            }
        }
    }

    private void options(Question q, Question preset) {
        List<Option> options = q.options() == null ? List.of() : q.options();
        if (preset.kind() != Kind.CHOICE && preset.kind() != Kind.SCALE) {
            if (!options.isEmpty()) {
                add(at(q), "no-options", name(q));
            }
            return;
        }
        List<String> values = options.stream().map(o -> o == null ? null : o.value()).toList();
        List<String> fixed = preset.options().stream().map(Option::value).toList();
        if (values.size() != fixed.size() || !new HashSet<>(values).equals(new HashSet<>(fixed))) {
            add(at(q) + ".options", "options-fixed", name(q));
            return;
        }
        Map<String, Option> numbers = new HashMap<>();
        Map<String, Option> codes = new HashMap<>();
        for (int j = 0; j < options.size(); j++) {
            Option o = options.get(j);
            String where = at(q) + ".option." + j;
            String option = blank(o.number()) ? String.valueOf(j + 1) : o.number().strip();
            text(where + ".text", o.text(), SurveyRules.MAX_TEXT, "option-text-blank", "option-text-long", name(q), option);
            if (preset.kind() == Kind.SCALE) {
                // a score is typed and stored as itself: its number and code are the score
                if (!o.value().equals(strip(o.number())) || !o.value().equals(strip(o.code()))) {
                    add(where + ".code", "scale-option", name(q), o.value());
                }
                continue;
            }
            if (text(where + ".number", o.number(), SurveyRules.MAX_MARK, "option-number-blank", "option-number-long", name(q), option)
                    && numbers.putIfAbsent(o.number().strip(), o) != null) {
                add(where + ".number", "option-number-twice", name(q), option);
            }
            if (blank(o.code()) || !o.code().strip().matches("[0-9]{1," + SurveyRules.MAX_OPTION_CODE + "}")) {
                add(where + ".code", "option-code", name(q), option, SurveyRules.MAX_OPTION_CODE);
            } else if (codes.putIfAbsent(o.code().strip(), o) != null) {
                add(where + ".code", "option-code-twice", name(q), option, o.code().strip());
            }
        }
    }

    private void condition(Question q, int index) {
        Condition when = q.askedWhen();
        String where = at(q) + ".condition";
        if (SurveyRules.askedOfAll(q.field())) {
            if (when != null) {
                add(where, "condition-always", name(q));
            }
            return;
        }
        Optional<Condition> fixed = SurveyRules.fixedCondition(q.field());
        if (fixed.isPresent() && !fixed.get().equals(when)) {
            Question by = question(fixed.get().field()).orElse(SurveyRules.preset(fixed.get().field()));
            Option option = by.option(fixed.get().value()).orElse(SurveyRules.preset(by.field()).option(fixed.get().value()).orElseThrow());
            String reason = switch (q.field()) {
                case POLITENESS, LOCATION -> "condition-in-person";
                case INTERFACE, STATUS -> "condition-online";
                default -> "condition-after-refusal";
            };
            add(where, reason, name(q), name(by), option.number() + " «" + option.text() + "»");
            return;
        }
        if (when == null) {
            return;
        }
        Integer at = when.field() == null ? null : position.get(when.field());
        if (at == null) {
            add(where, "condition-unknown", name(q));
            return;
        }
        Question by = questions.get(at);
        if (at >= index) {
            add(where, "condition-later", name(q), name(by));
        } else if (by.kind() != Kind.CHOICE) {
            add(where, "condition-not-choice", name(q), name(by));
        } else if (when.value() == null || by.options() == null || by.option(when.value()).isEmpty()) {
            add(where, "condition-option", name(q), name(by));
        }
    }

    private Optional<Question> question(Field field) {
        Integer at = position.get(field);
        return at == null ? Optional.empty() : Optional.of(questions.get(at));
    }

    /** @return whether the text is there and fits */
    private boolean text(String where, String value, int max, String blankKey, String longKey, Object... name) {
        if (blank(value)) {
            add(where, blankKey, name);
            return false;
        }
        if (value.strip().length() > max) {
            Object[] arguments = java.util.Arrays.copyOf(name, name.length + 1);
            arguments[name.length] = max;
            add(where, longKey, arguments);
            return false;
        }
        return true;
    }

    private void add(String where, String key, Object... arguments) {
        problems.add(new Problem(where, PREFIX + key, arguments));
    }

    private static String at(Question q) {
        return "question." + SurveyCheck.key(q.field());
    }

    /** «5(15)» as printed, or the act's wording while the number is missing. */
    static String name(Question q) {
        if (blank(q.number())) {
            return quoted(blank(q.text()) ? SurveyRules.preset(q.field()).text() : q.text());
        }
        return blank(q.code()) ? q.number().strip() : q.number().strip() + "(" + q.code().strip() + ")";
    }

    private static String quoted(String text) {
        String t = text.strip();
        return "«" + (t.length() > 60 ? t.substring(0, 59) + "…" : t) + "»";
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
