package ru.perechen.catalog.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrgUnitMemberRepository extends JpaRepository<OrgUnitMemberEntity, UUID> {

    List<OrgUnitMemberEntity> findByUnitId(UUID unitId);
}
