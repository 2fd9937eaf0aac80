package ru.perechen.tenancy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.perechen.tenancy.internal.AgencyProfileEntity;
import ru.perechen.tenancy.internal.AgencyProfileRepository;

/** The current agency's profile settings. */
@Service
public class AgencyProfileService {

    private final AgencyProfileRepository profiles;
    private final Validator validator;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AgencyProfileService(AgencyProfileRepository profiles, Validator validator, Clock clock,
                         ApplicationEventPublisher events) {
        this.profiles = profiles;
        this.validator = validator;
        this.clock = clock;
        this.events = events;
    }

    /** The profile of the current agency; defaults when it has none yet. */
    @Transactional(readOnly = true)
    public AgencyProfile current() {
        TenantContext.requireAgency();
        return profiles.findFirstBy().map(AgencyProfileService::toRecord).orElseGet(AgencyProfile::defaults);
    }

    /** Saves the current agency's profile. Tenant admins only; stale versions are refused. */
    @Transactional
    public AgencyProfile update(AgencyProfile changed) {
        TenantContext.requireAgency();
        Access.ADMINISTRATION.require();
        Set<ConstraintViolation<AgencyProfile>> violations = validator.validate(changed);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        AgencyProfileEntity entity = profiles.findFirstBy().orElseGet(AgencyProfileEntity::new);
        if (entity.getId() != null && entity.getVersion() != changed.version()) {
            throw new ObjectOptimisticLockingFailureException(AgencyProfileEntity.class, entity.getId());
        }
        AgencyProfile before = entity.getId() == null ? null : toRecord(entity);
        entity.update(blankToNull(changed.contactEmail()), blankToNull(changed.contactPhone()),
                blankToNull(changed.postalAddress()), blankToNull(changed.ccDeputyName()),
                changed.publicationDeadlineWorkDays(), clock.instant());
        AgencyProfile after = toRecord(profiles.saveAndFlush(entity));
        events.publishEvent(new AgencyProfileChanged(entity.getId(), before, after));
        return after;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static AgencyProfile toRecord(AgencyProfileEntity e) {
        return new AgencyProfile(e.getContactEmail(), e.getContactPhone(), e.getPostalAddress(), e.getCcDeputyName(),
                e.getPublicationDeadlineWorkDays(), e.getVersion(), e.getUpdatedAt());
    }
}
