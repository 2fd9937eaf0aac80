package ru.perechen.publication.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PublicationRepository extends JpaRepository<PublicationEntity, java.util.UUID> {

    Optional<PublicationEntity> findByVersionNumber(int versionNumber);

    List<PublicationEntity> findAllByOrderByVersionNumberDesc();
}
