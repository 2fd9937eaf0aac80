package ru.perechen.register.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ListVersionRepository extends JpaRepository<ListVersionEntity, UUID> {

    Optional<ListVersionEntity> findFirstByOrderByNumberDesc();

    List<ListVersionEntity> findAllByOrderByNumberDesc();

    Optional<ListVersionEntity> findByNumber(int number);

    /**
     * Takes the agency's enactment lock until the transaction ends (the agency is the one the
     * transaction is for): a second enactment waits here, then reads the version the first committed.
     */
    @Query(value = "select 1 from pg_advisory_xact_lock(hashtextextended("
            + "'list_version:' || coalesce(current_setting('app.agency_id', true), ''), 0))", nativeQuery = true)
    int lockEnactments();
}
