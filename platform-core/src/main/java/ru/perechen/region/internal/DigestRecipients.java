package ru.perechen.region.internal;

import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The coordinators the weekly digest goes to, as {@code region_coordinator} (V031) holds them: assigned, not
 * revoked, with an address. {@code digest_sent_at} is the guard of at most one letter per coordinator per
 * week: a letter is claimed by moving it forward before it is sent, and given back if the send fails. Each
 * statement commits on its own — reference data, no tenant, no transaction to hold over a mail server.
 */
@Component
class DigestRecipients {

    /** One coordinator the digest is due to; {@code sentAt} as it stood before the claim. */
    record Recipient(UUID id, UUID regionId, String name, String email, Instant sentAt) {
    }

    private final JdbcClient jdbc;

    DigestRecipients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The active coordinators with an address who have had no digest since {@code weekStart}, by region. */
    List<Recipient> due(Instant weekStart) {
        return jdbc.sql("""
                        select id, region_id, display_name, btrim(email) as email, digest_sent_at from region_coordinator
                        where revoked_at is null and email is not null and btrim(email) <> ''
                          and (digest_sent_at is null or digest_sent_at < :weekStart)
                        order by region_id, display_name, id""")
                .param("weekStart", at(weekStart))
                .query((rs, n) -> new Recipient(rs.getObject("id", UUID.class), rs.getObject("region_id", UUID.class),
                        rs.getString("display_name"), rs.getString("email"),
                        Optional.ofNullable(rs.getObject("digest_sent_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant).orElse(null)))
                .list();
    }

    /** Takes this week's letter of the coordinator for this run; false when another run has it or the assignment ended. */
    boolean claim(Recipient recipient, Instant weekStart, Instant now) {
        return jdbc.sql("""
                        update region_coordinator set digest_sent_at = :now
                        where id = :id and revoked_at is null and (digest_sent_at is null or digest_sent_at < :weekStart)""")
                .param("now", at(now))
                .param("id", recipient.id())
                .param("weekStart", at(weekStart))
                .update() == 1;
    }

    /** Gives the claim back after a failed send, so that the next run of the week tries again. */
    void release(Recipient recipient, Instant claimedAt) {
        jdbc.sql("update region_coordinator set digest_sent_at = :before where id = :id and digest_sent_at = :claimed")
                .param("before", recipient.sentAt() == null ? null : at(recipient.sentAt()), Types.TIMESTAMP_WITH_TIMEZONE)
                .param("id", recipient.id())
                .param("claimed", at(claimedAt))
                .update();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
