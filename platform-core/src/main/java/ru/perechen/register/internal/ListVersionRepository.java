package ru.perechen.register.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ListVersionRepository extends JpaRepository<ListVersionEntity, UUID> {

    Optional<ListVersionEntity> findFirstByOrderByNumberDesc();

    List<ListVersionEntity> findAllByOrderByNumberDesc();

    Optional<ListVersionEntity> findByNumber(int number);
}
