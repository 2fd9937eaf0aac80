package ru.perechen.notification.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationRepository extends JpaRepository<NotificationEntity, UUID> {

    List<NotificationEntity> findByRecipientOrderByCreatedAtDesc(String recipient, Pageable page);

    long countByRecipientAndReadAtIsNull(String recipient);

    List<NotificationEntity> findByRecipientAndReadAtIsNull(String recipient);

    List<NotificationEntity> findByEmailedAtIsNullOrderByCreatedAt();

    boolean existsByRecipientAndKindAndLinkAndCreatedAtAfter(String recipient, ru.perechen.notification.NotificationKind kind, String link,
                                                            java.time.Instant after);
}
