package ru.perechen.catalog.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StaffMemberRepository extends JpaRepository<StaffMemberEntity, UUID> {

    Optional<StaffMemberEntity> findBySubject(String subject);

    List<StaffMemberEntity> findAllByOrderByDisplayNameAsc();
}
