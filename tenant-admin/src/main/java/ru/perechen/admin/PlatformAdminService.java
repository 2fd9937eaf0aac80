package ru.perechen.admin;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.perechen.catalog.ClientNeedService;
import ru.perechen.catalog.ListTemplateService;
import ru.perechen.catalog.ProcessGroupService;
import ru.perechen.catalog.StaffDirectory;
import ru.perechen.tenancy.Access;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencyId;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.tenancy.AgencyType;
import ru.perechen.tenancy.InvalidSettingException;
import ru.perechen.tenancy.RegionId;
import ru.perechen.tenancy.Role;
import ru.perechen.tenancy.TenantContext;
import ru.perechen.workflow.ApprovalChainService;

/**
 * The platform admin's work: regions, and agencies created from a preset with their Keycloak
 * organization and first tenant admin — all of it, or nothing.
 */
@Service
public class PlatformAdminService {

    private final AgencyDirectory directory;
    private final ProcessGroupService groups;
    private final ClientNeedService needs;
    private final ListTemplateService templates;
    private final ApprovalChainService chains;
    private final StaffDirectory staff;
    private final IdentityProvisioner identity;
    private final ProvisioningJournal journal;
    private final TransactionTemplate transaction;

    private final ru.perechen.audit.PlatformAuditLog audit;

    PlatformAdminService(AgencyDirectory directory, ProcessGroupService groups, ClientNeedService needs,
                         ListTemplateService templates, ApprovalChainService chains, StaffDirectory staff,
                         IdentityProvisioner identity, ProvisioningJournal journal, PlatformTransactionManager transactions,
                         ru.perechen.audit.PlatformAuditLog audit) {
        this.audit = audit;
        this.directory = directory;
        this.groups = groups;
        this.needs = needs;
        this.templates = templates;
        this.chains = chains;
        this.staff = staff;
        this.identity = identity;
        this.journal = journal;
        this.transaction = new TransactionTemplate(transactions);
    }

    public RegionId createRegion(String code, String name) {
        Access.PLATFORM.require();
        return transaction.execute(status -> {
            RegionId region = directory.createRegion(code, name);
            audit.record("Region", code, "CREATED", code + " — " + name, java.util.Map.of("code", code, "name", name));
            return region;
        });
    }

    /**
     * Creates the agency, applies the preset and provisions its organization and first admin. The
     * database work and the provisioning succeed together: if Keycloak refuses, nothing is stored;
     * if storing fails after Keycloak agreed — the commit failing, or the process dying before it —
     * what Keycloak created is removed again (decision 32).
     */
    public CreatedAgency createAgency(NewAgencyRequest request) {
        Access.PLATFORM.require();
        AgencyId id = AgencyDirectory.idFor(request.slug() == null ? "" : request.slug().strip());
        IdentityProvisioner.ProvisionedAdmin[] provisioned = new IdentityProvisioner.ProvisionedAdmin[1];
        IdentityProvisioner.Provisioning[] attempt = new IdentityProvisioner.Provisioning[1];
        try {
            // system work for the new agency, so row-level security lets its first rows in
            TenantContext.callAsAgency(id, () -> transaction.execute(status -> {
                directory.createAgency(new AgencyDirectory.NewAgency(request.region(), request.slug(), request.fullName(),
                        request.shortName(), request.type(), request.officialSiteUrl(), request.documentsSectionUrl()));
                // the agency's fields are checked first, as the form shows them; then its first admin
                validateAdmin(request);
                groups.applyCatalogue(request.preset().processGroups());
                needs.applyNeedSet(request.preset().needs());
                templates.applyPreset(request.preset().template());
                chains.applyPreset(request.preset().chain());
                String slug = request.slug().strip();
                String username = request.adminUsername().strip().toLowerCase(Locale.ROOT);
                attempt[0] = journal.open(slug, username);
                provisioned[0] = identity.provisionAgency(new IdentityProvisioner.NewAgencyIdentity(slug,
                        request.shortName().strip(), request.fullName().strip(), URI.create(request.officialSiteUrl().strip()).getHost(),
                        username, request.adminEmail().strip(), request.adminFirstName().strip(), request.adminLastName().strip(),
                        attempt[0].marker()));
                staff.recordSignIn(provisioned[0].subject(), request.adminFirstName().strip() + " " + request.adminLastName().strip(),
                        request.adminEmail().strip(), Set.of(Role.TENANT_ADMIN));
                audit.record("Agency", slug, "CREATED", request.shortName().strip(), java.util.Map.of(
                        "slug", slug, "preset", request.preset().name(), "admin", provisioned[0].username()));
                return null;
            }));
        } finally {
            if (attempt[0] != null) {
                // stored: the entry is closed; not stored: Keycloak's part is removed first
                journal.settle(attempt[0]);
            }
        }
        return new CreatedAgency(directory.find(id).orElseThrow(), provisioned[0].username(), provisioned[0].temporaryPassword());
    }

    /** Deactivates an agency: its data stays, its people are blocked in the app and in Keycloak. */
    public AgencySummary setActive(AgencyId agency, boolean active) {
        Access.PLATFORM.require();
        return TenantContext.callAsSystem(() -> transaction.execute(status -> {
            AgencySummary changed = directory.setActive(agency, active);
            identity.setAgencyEnabled(changed.slug(), active);
            audit.record("Agency", changed.slug(), active ? "ACTIVATED" : "DEACTIVATED", changed.shortName(), null);
            return changed;
        }));
    }

    private static void validateAdmin(NewAgencyRequest request) {
        if (request.preset() == null) {
            throw new InvalidSettingException("preset", "agency.error.preset");
        }
        if (request.adminUsername() == null || !request.adminUsername().strip().toLowerCase(Locale.ROOT).matches("[a-z0-9._-]{3,60}")) {
            throw new InvalidSettingException("adminUsername", "agency.error.admin-username");
        }
        if (request.adminEmail() == null || !request.adminEmail().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidSettingException("adminEmail", "agency.error.admin-email");
        }
        for (String[] name : List.of(new String[] {"adminFirstName", request.adminFirstName()},
                new String[] {"adminLastName", request.adminLastName()})) {
            if (name[1] == null || name[1].isBlank() || name[1].strip().length() > 100) {
                throw new InvalidSettingException(name[0], "agency.error.admin-name");
            }
        }
    }

    public record NewAgencyRequest(RegionId region, String slug, String fullName, String shortName, AgencyType type,
                                   String officialSiteUrl, String documentsSectionUrl, AgencyPreset preset,
                                   String adminUsername, String adminEmail, String adminFirstName, String adminLastName) {
    }

    /** @param temporaryPassword to hand to the new tenant admin; shown once, never stored */
    public record CreatedAgency(AgencySummary agency, String adminUsername, String temporaryPassword) {
    }
}
