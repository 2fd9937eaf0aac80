package ru.perechen.region;

import java.time.LocalDate;
import java.util.Map;
import ru.perechen.catalog.ChannelType;
import ru.perechen.publication.PublicationState;
import ru.perechen.register.ListRule;
import ru.perechen.tenancy.AgencySummary;

/**
 * One agency of a region as its coordinator compares it, as of a day (decision 38). A part the agency
 * does not have yet is null — no list in force, feedback switched off — never a zero that reads as a figure.
 *
 * @param list        the list version in force; null: no list yet
 * @param compliance  the rules' findings over that version; null without a list
 * @param publication the publication of that version; null without a list
 * @param feedback    the last finished quarter's feedback; null while feedback is off
 */
public record AgencyIndicators(AgencySummary agency, ListInForce list, Compliance compliance, Publication publication, Tasks tasks,
                               Requests requests, Coverage coverage, Channels channels, Feedback feedback) {

    /** The version in force: its number, the approving order, its age, what it holds. */
    public record ListInForce(int number, String actNumber, LocalDate actDate, LocalDate enactedOn, int ageDays, int rows, int processes,
                              int touchpoints) {
    }

    /**
     * The methodology's rules over the version in force: findings per rule, and the score
     * {@code max(0, 100 − 100 × (2 × errors + warnings) ÷ rows)}, one decimal.
     */
    public record Compliance(Map<ListRule, Integer> findings, int errors, int warnings, double score) {

        public Compliance {
            findings = Map.copyOf(findings);
        }

        static Compliance of(Map<ListRule, Integer> findings, int rows) {
            int errors = 0;
            int warnings = 0;
            for (var e : findings.entrySet()) {
                if (e.getKey().isError()) {
                    errors += e.getValue();
                } else {
                    warnings += e.getValue();
                }
            }
            double penalty = rows == 0 ? (errors + warnings > 0 ? 100 : 0) : 100.0 * (2 * errors + warnings) / rows;
            return new Compliance(findings, errors, warnings, Math.round(Math.max(0, 100 - penalty) * 10) / 10.0);
        }
    }

    /**
     * The publication of the version in force as it stood that day.
     *
     * @param state null: the version has no publication record
     * @param days  working days late (published late), overdue (not published after the due day), or left
     *              (awaiting); null when on time or without a due day
     */
    public record Publication(PublicationState state, LocalDate dueOn, LocalDate publishedOn, Integer days) {
    }

    /** Review tasks open that day; overdue: those opened because a deadline passed (a step, a publication, a report). */
    public record Tasks(int open, int overdue) {
    }

    /**
     * Change requests: sent and not closed that day; enacted in the twelve months before it, and the median of
     * working days from their first submission to enactment (null when none was enacted).
     */
    public record Requests(int inApproval, int enacted, Double medianWorkingDays) {
    }

    /** The registry's processes that day, and those with at least one row of the version in force. */
    public record Coverage(int processes, int covered) {

        /** One decimal; null without processes. */
        public Double percent() {
            return processes == 0 ? null : Math.round(1000.0 * covered / processes) / 10.0;
        }
    }

    /** The touchpoints of the version in force: digital ones, and by channel type. */
    public record Channels(int touchpoints, int digital, Map<ChannelType, Integer> byType) {

        public Channels {
            byType = Map.copyOf(byType);
        }

        /** One decimal; null without touchpoints. */
        public Double digitalPercent() {
            return touchpoints == 0 ? null : Math.round(1000.0 * digital / touchpoints) / 10.0;
        }
    }

    /**
     * Feedback of the last finished quarter: responses, and overall satisfaction — «скорее удовлетворен» of
     * the answers to question 9(21), one decimal, null while nobody answered it.
     *
     * @param threshold the agency's own threshold of satisfaction, %
     */
    public record Feedback(String quarter, long responses, Double satisfaction, int threshold) {
    }
}
