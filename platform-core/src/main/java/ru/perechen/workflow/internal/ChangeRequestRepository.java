package ru.perechen.workflow.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import ru.perechen.workflow.ChangeStatus;

public interface ChangeRequestRepository extends JpaRepository<ChangeRequestEntity, UUID> {

    Optional<ChangeRequestEntity> findByNumber(int number);

    List<ChangeRequestEntity> findAllByOrderByNumberDesc();

    List<ChangeRequestEntity> findByStatusInOrderByNumberDesc(Collection<ChangeStatus> statuses);

    @Query("select coalesce(max(r.number), 0) from ChangeRequestEntity r")
    int maxNumber();
}
