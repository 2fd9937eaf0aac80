package ru.perechen.admin;

import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.perechen.catalog.StaffDirectory;
import ru.perechen.catalog.StaffMember;
import ru.perechen.tenancy.Access;
import ru.perechen.tenancy.InvalidSettingException;
import ru.perechen.tenancy.TenantContext;
import ru.perechen.tenancy.TenantPrincipal;

/**
 * The tenant admin disables a person of the agency or enables them again (issue 15, decision 40): the directory
 * marks them — their next request, page or API, is refused — and Keycloak disables the account and ends its
 * sessions, in one action: if Keycloak refuses, nothing is kept. Nobody disables themselves.
 */
@Service
public class StaffAdministration {

    private final StaffDirectory staff;
    private final IdentityProvisioner identity;

    StaffAdministration(StaffDirectory staff, IdentityProvisioner identity) {
        this.staff = staff;
        this.identity = identity;
    }

    @Transactional
    public void disable(UUID personId) {
        change(personId, true);
    }

    @Transactional
    public void enable(UUID personId) {
        change(personId, false);
    }

    private void change(UUID personId, boolean disabled) {
        Access.ADMINISTRATION.require();
        String me = TenantContext.principal().map(TenantPrincipal::actorId).orElse("");
        StaffMember person = staff.list().stream().filter(m -> m.id().equals(personId)).findFirst()
                .orElseThrow(() -> new InvalidSettingException("person", "people.error.not-found"));
        if (disabled && person.subject().equals(me)) {
            throw new InvalidSettingException("person", "people.error.self-disable");
        }
        String subject = staff.setDisabled(personId, disabled);
        // last: a refusal of Keycloak rolls the directory's change back with it
        identity.setAccountEnabled(subject, !disabled);
    }
}
