package ru.perechen.register.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ListEntryRepository extends JpaRepository<ListEntryEntity, UUID>, ListEntryQueries {

    /** Closes the given revisions at a version; returns how many were still open. */
    @Modifying(flushAutomatically = true)
    @Query("update ListEntryEntity e set e.validTo = :version where e.id in :ids and e.validTo is null")
    int close(@Param("ids") Collection<UUID> ids, @Param("version") int version);

    /** The revisions of the rows with these keys, to tell which version changed a row since a draft. */
    List<ListEntryEntity> findByEntryKeyIn(Collection<UUID> keys);
}
