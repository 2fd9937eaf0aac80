package ru.perechen.feedback;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ru.perechen.feedback.SurveyDefinition.Condition;
import ru.perechen.feedback.SurveyDefinition.Kind;
import ru.perechen.feedback.SurveyDefinition.Question;

/**
 * What an agency may change when it edits its survey, and what stays as act 004 has it. Words, numbers,
 * codes and the options' texts are the agency's; what a question records (its field, kind, block and the
 * option values stored) is fixed, and so are the branches the database keeps: the in-person scores only
 * after «лично», the online ones only after «онлайн», q.10 only after a refusal. Way, result and
 * satisfaction are asked of everyone, as the other branches and the analysis hang on them. Of the first
 * block's statistics, the measure, the municipality, the applicant and the date may be left out: the
 * analysis of §11 and the unit reports do without them (the measure is known from the link anyway).
 */
public final class SurveyRules {

    /** The version's and the survey's title. */
    public static final int MAX_TITLE = 500;
    /** A question's or an option's text, and the difficulties question. */
    public static final int MAX_TEXT = 1000;
    /** A printed number or a question's code. */
    public static final int MAX_MARK = 10;
    /** An option's code: digits, as the paper form is typed in by them. */
    public static final int MAX_OPTION_CODE = 4;

    private static final SurveyDefinition PRESET = Act004Survey.definition();
    private static final Set<Field> DROPPABLE = EnumSet.of(Field.SUPPORT_MEASURE, Field.MUNICIPALITY, Field.APPLICANT, Field.RECEIVED_ON);
    private static final Set<Field> ASKED_OF_ALL = EnumSet.of(Field.WAY, Field.PROVIDED, Field.SATISFIED);
    private static final Condition IN_PERSON = new Condition(Field.WAY, Field.IN_PERSON);
    private static final Condition ONLINE = new Condition(Field.WAY, Field.ONLINE);
    private static final Map<Field, Condition> FIXED_CONDITIONS = Map.of(Field.POLITENESS, IN_PERSON, Field.LOCATION, IN_PERSON,
            Field.INTERFACE, ONLINE, Field.STATUS, ONLINE, Field.INFORMED_AFTER_REFUSAL, new Condition(Field.PROVIDED, Field.NO));

    private SurveyRules() {
    }

    /** Whether the question may be left out of the survey. */
    public static boolean droppable(Field field) {
        return DROPPABLE.contains(field);
    }

    /** Whether the question is asked of everyone, without a condition. */
    public static boolean askedOfAll(Field field) {
        return ASKED_OF_ALL.contains(field);
    }

    /** The condition the storage requires of the question, if any. */
    public static Optional<Condition> fixedCondition(Field field) {
        return Optional.ofNullable(FIXED_CONDITIONS.get(field));
    }

    /**
     * Whether an answer is required, when that is not the agency's choice: always for way, result and
     * satisfaction; never for texts, dates and what the link fills in (the form shows them as optional).
     */
    public static Optional<Boolean> fixedRequired(Field field) {
        if (ASKED_OF_ALL.contains(field)) {
            return Optional.of(true);
        }
        Kind kind = preset(field).kind();
        return kind == Kind.CHOICE || kind == Kind.SCALE ? Optional.empty() : Optional.of(false);
    }

    /** Act 004's question for the field: its kind, block and option values are every version's. */
    public static Question preset(Field field) {
        return PRESET.question(field).orElseThrow();
    }
}
