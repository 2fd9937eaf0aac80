package ru.perechen.feedback;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A survey as its clients see it: questions in order, in two blocks, each with the number printed on the
 * form and the feedback platform's code (the number in brackets, used to type in paper forms), and the
 * condition under which it is asked. Stored as JSON with every version; a response keeps its version.
 */
public record SurveyDefinition(String title, String followUp, List<Question> questions) {

    public enum Kind { FIXED, TEXT, CHOICE, SCALE, DATETIME }

    /** An option: the number printed beside it, the platform's code, the value stored, the text. */
    public record Option(String number, String code, String value, String text) {
    }

    /** Asked only when {@code field} has {@code value}. */
    public record Condition(Field field, String value) {
    }

    public record Question(Field field, int block, String number, String code, String text, Kind kind, boolean required,
                           List<Option> options, Condition askedWhen) {

        public Optional<Option> option(String value) {
            return options.stream().filter(o -> o.value().equals(value)).findFirst();
        }

        public Optional<Option> optionByCode(String code) {
            return options.stream().filter(o -> o.code().equals(code)).findFirst();
        }

        /** The label a person sees: «5(15)». */
        public String label() {
            return code == null || code.isBlank() ? number : number + "(" + code + ")";
        }
    }

    public Optional<Question> question(Field field) {
        return questions.stream().filter(q -> q.field() == field).findFirst();
    }

    public Optional<Question> questionByCode(String code) {
        return questions.stream().filter(q -> code.equals(q.code())).findFirst();
    }

    /** Whether the question is asked, given what was answered before it. */
    public boolean asked(Question question, Map<Field, String> values) {
        Condition when = question.askedWhen();
        return when == null || when.value().equals(values.get(when.field()));
    }

    public List<Question> block(int block) {
        return questions.stream().filter(q -> q.block() == block).toList();
    }
}
