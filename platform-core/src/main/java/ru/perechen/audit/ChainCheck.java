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

    private static final String ZERO_HASH = "0".repeat(64);

    /**
     * One event of a chain as the database recomputed it, in order.
     *
     * @param storedHash   the hash written when the event was inserted
     * @param computedHash the hash recomputed over its content now
     * @param previousHash the hash of the event before it (null for the first)
     */
    record Link(long seq, Long previousSeq, String prevHash, String storedHash, String computedHash, String previousHash) {
    }

    /** The first break of a chain: a missing number, a link that does not follow, or content changed. */
    static ChainCheck of(java.util.List<Link> links) {
        for (Link l : links) {
            if ((l.previousSeq() == null && l.seq() != 1) || (l.previousSeq() != null && l.seq() != l.previousSeq() + 1)) {
                return new ChainCheck(links.size(), l.seq(), "GAP");
            }
            if (!l.prevHash().strip().equals(l.previousHash() == null ? ZERO_HASH : l.previousHash().strip())) {
                return new ChainCheck(links.size(), l.seq(), "LINK");
            }
            if (!l.storedHash().strip().equals(l.computedHash().strip())) {
                return new ChainCheck(links.size(), l.seq(), "HASH");
            }
        }
        return new ChainCheck(links.size(), null, null);
    }

    /** Reads a link from a row of {@code seq, prev_hash, hash, <recomputed hash>, lag(hash), lag(seq)}. */
    static Link link(java.sql.ResultSet rs) throws java.sql.SQLException {
        long previous = rs.getLong(6);
        return new Link(rs.getLong(1), rs.wasNull() ? null : previous, rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5));
    }
}
