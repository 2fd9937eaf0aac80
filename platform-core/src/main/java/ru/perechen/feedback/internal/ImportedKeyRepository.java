package ru.perechen.feedback.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Which of an imported file's submission keys the agency has stored already, asked for a chunk of rows at once. */
public interface ImportedKeyRepository extends Repository<FeedbackResponseEntity, UUID> {

    @Query("select r.submissionKey from FeedbackResponseEntity r where r.submissionKey in :keys")
    List<UUID> findStored(@Param("keys") Collection<UUID> keys);
}
