package ru.perechen.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A unit's quarterly information of act 004 §10 (Приложение № 2): per process group and channel kind, the
 * clients it served (entered by the unit, only it knows) and, counted from the responses, the clients who
 * left feedback, the reviews among them and the overall satisfaction (decision 37 gives the formulas).
 * While a draft, the counts are live; from the moment it goes to the unit head they are frozen with it.
 *
 * @param dueOn     the last day to sign it, by the production calendar; null when the calendar lacks the year
 * @param heading   the form's wording after «об уровне удовлетворенности внешних клиентов»
 * @param actions   what the signed-in person may do with it now
 */
public record UnitReport(UUID unitId, String unitName, Quarter quarter, Status status, LocalDate dueOn, String heading,
                         List<Line> lines, String submittedByName, Instant submittedAt, String signedByName, Instant signedAt,
                         String returnedComment, String headName, long version, Actions actions) {

    /** {@code NOT_STARTED}: nobody has entered anything yet. */
    public enum Status { NOT_STARTED, DRAFT, SUBMITTED, SIGNED }

    public record Actions(boolean enter, boolean submit, boolean sign, boolean giveBack) {
        static final Actions NONE = new Actions(false, false, false, false);
    }

    /**
     * One line of the form.
     *
     * @param way       {@link Field#ONLINE}, {@link Field#IN_PERSON} or null (the client did not say)
     * @param served    clients served, as the unit entered it; null until entered
     * @param feedback  responses (one client, one response: the survey is anonymous)
     * @param reviews   responses in which the client wrote something: a difficulty or a comment
     * @param answered  responses that answered q. 9 «удовлетворены или не удовлетворены»
     * @param satisfied of them, «скорее удовлетворен»
     */
    public record Line(UUID groupId, Integer groupNumber, String groupTitle, String way, Integer served, long feedback, long reviews,
                       long answered, long satisfied) {

        /** The line's identity within its report. */
        public String key() {
            return key(groupId, way);
        }

        public static String key(UUID groupId, String way) {
            return (groupId == null ? "-" : groupId.toString()) + ":" + (way == null ? "-" : way);
        }

        /** Share of the served who left feedback, %; null while served is not entered or is 0. */
        public Double sharePercent() {
            return served == null || served == 0 ? null : round(100.0 * feedback / served);
        }

        /** Overall satisfaction, %: satisfied over answered; null when nobody answered q. 9. */
        public Double satisfactionPercent() {
            return answered == 0 ? null : round(100.0 * satisfied / answered);
        }

        Line withServed(Integer value) {
            return new Line(groupId, groupNumber, groupTitle, way, value, feedback, reviews, answered, satisfied);
        }
    }

    /** The lines summed: «Итого» (served only when every line has it). */
    public Line total() {
        boolean all = !lines.isEmpty() && lines.stream().allMatch(l -> l.served() != null);
        return new Line(null, null, null, null, all ? lines.stream().mapToInt(Line::served).sum() : null,
                lines.stream().mapToLong(Line::feedback).sum(), lines.stream().mapToLong(Line::reviews).sum(),
                lines.stream().mapToLong(Line::answered).sum(), lines.stream().mapToLong(Line::satisfied).sum());
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
