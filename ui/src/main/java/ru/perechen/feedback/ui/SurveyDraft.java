package ru.perechen.feedback.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ru.perechen.feedback.Field;
import ru.perechen.feedback.SurveyDefinition;
import ru.perechen.feedback.SurveyDefinition.Condition;
import ru.perechen.feedback.SurveyDefinition.Kind;
import ru.perechen.feedback.SurveyDefinition.Option;
import ru.perechen.feedback.SurveyDefinition.Question;
import ru.perechen.feedback.SurveyRules;

/**
 * The survey while it is edited: the version in use as the binders' beans, with the questions it left out
 * (those that may be) back in their act 004 place, unticked, so that they can be asked again.
 */
final class SurveyDraft {

    /** One option: what it stores is fixed, the rest is typed. */
    static final class OptionDraft {
        private final String value;
        private String number;
        private String code;
        private String text;

        OptionDraft(Option option) {
            this.value = option.value();
            this.number = option.number();
            this.code = option.code();
            this.text = option.text();
        }

        String getValue() { return value; }
        String getNumber() { return number; }
        void setNumber(String number) { this.number = number; }
        String getCode() { return code; }
        void setCode(String code) { this.code = code; }
        String getText() { return text; }
        void setText(String text) { this.text = text; }

        Option option() {
            return new Option(number, code, value, text);
        }
    }

    /** One question: its field, kind and block stay; whether it is asked at all, its words and condition change. */
    static final class QuestionDraft {
        private final Field field;
        private final int block;
        private final Kind kind;
        private final List<OptionDraft> options;
        private boolean included;
        private String number;
        private String code;
        private String text;
        private boolean required;
        private Condition askedWhen;

        QuestionDraft(Question q, boolean included) {
            this.field = q.field();
            this.block = q.block();
            this.kind = q.kind();
            this.options = q.options().stream().map(OptionDraft::new).toList();
            this.included = included;
            this.number = q.number();
            this.code = q.code();
            this.text = q.text();
            this.required = q.required();
            this.askedWhen = q.askedWhen();
        }

        Field field() { return field; }
        Kind kind() { return kind; }
        List<OptionDraft> options() { return options; }
        boolean isIncluded() { return included; }
        void setIncluded(boolean included) { this.included = included; }
        String getNumber() { return number; }
        void setNumber(String number) { this.number = number; }
        String getCode() { return code; }
        void setCode(String code) { this.code = code; }
        String getText() { return text; }
        void setText(String text) { this.text = text; }
        boolean isRequired() { return required; }
        void setRequired(boolean required) { this.required = required; }
        Condition getAskedWhen() { return askedWhen; }
        void setAskedWhen(Condition askedWhen) { this.askedWhen = askedWhen; }

        /** The key the service's refusals name it by: {@code question.<key>…}. */
        String key() {
            return field.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** «5(15)» as printed. */
        String label() {
            return question().label();
        }

        Question question() {
            return new Question(field, block, number, code, text, kind, required, options.stream().map(OptionDraft::option).toList(),
                    askedWhen);
        }
    }

    private String title;
    private String followUp;
    private final List<QuestionDraft> questions;

    private SurveyDraft(SurveyDefinition current) {
        this.title = current.title();
        this.followUp = current.followUp();
        this.questions = new ArrayList<>(current.questions().stream().map(q -> new QuestionDraft(q, true)).toList());
        Field before = null;
        for (Field field : Field.values()) {
            if (current.question(field).isEmpty()) {
                questions.add(indexAfter(before), new QuestionDraft(SurveyRules.preset(field), false));
            }
            before = field;
        }
    }

    static SurveyDraft of(SurveyDefinition current) {
        return new SurveyDraft(current);
    }

    private int indexAfter(Field field) {
        for (int i = 0; field != null && i < questions.size(); i++) {
            if (questions.get(i).field() == field) {
                return i + 1;
            }
        }
        return field == null ? 0 : indexAfter(field.ordinal() == 0 ? null : Field.values()[field.ordinal() - 1]);
    }

    String getTitle() { return title; }
    void setTitle(String title) { this.title = title; }
    String getFollowUp() { return followUp; }
    void setFollowUp(String followUp) { this.followUp = followUp; }

    List<QuestionDraft> questions() {
        return questions;
    }

    /** The choice questions asked before this one: what its condition may name. */
    List<QuestionDraft> earlierChoices(QuestionDraft question) {
        List<QuestionDraft> earlier = new ArrayList<>();
        for (QuestionDraft q : questions) {
            if (q == question) {
                break;
            }
            if (q.isIncluded() && q.kind() == Kind.CHOICE) {
                earlier.add(q);
            }
        }
        return earlier;
    }

    /** The edition as the service takes it: the questions asked, in order. */
    SurveyDefinition definition() {
        return new SurveyDefinition(title, followUp, questions.stream().filter(QuestionDraft::isIncluded).map(QuestionDraft::question).toList());
    }
}
