package ru.perechen.audit;

/**
 * Whether an agency's audit chain is intact: every event's hash matches its content and the
 * previous event's hash, and the numbers run without a gap.
 *
 * @param brokenAt the number of the first event where it breaks, or null when intact
 * @param problem  what is wrong there: {@code HASH} (content changed), {@code LINK} (previous hash
 *                 differs) or {@code GAP} (an event is missing)
 */
public record ChainCheck(long events, Long brokenAt, String problem) {

    public boolean intact() {
        return brokenAt == null;
    }
}
