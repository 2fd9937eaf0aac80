package ru.perechen.admin.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import ru.perechen.catalog.AgencyProcess;
import ru.perechen.catalog.ClientNeed;
import ru.perechen.catalog.ClientNeedService;
import ru.perechen.catalog.ListTemplate;
import ru.perechen.catalog.ListTemplateService;
import ru.perechen.catalog.OrgUnit;
import ru.perechen.catalog.OrgUnitService;
import ru.perechen.catalog.ProcessGroup;
import ru.perechen.catalog.ProcessGroupService;
import ru.perechen.catalog.ProcessRegistryService;
import ru.perechen.catalog.StaffMember;
import ru.perechen.catalog.Touchpoint;
import ru.perechen.catalog.TouchpointService;
import ru.perechen.tenancy.Access;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencyProfile;
import ru.perechen.tenancy.AgencyProfileService;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.tenancy.Allowed;
import ru.perechen.tenancy.TenantContext;
import ru.perechen.workflow.ApprovalChain;
import ru.perechen.workflow.ApprovalChainService;

/**
 * {@code GET /api/v1/agency/config}: the whole configuration of the caller's agency — units, process
 * groups, registry, needs, touchpoints, columns and the current approval chain — for integrations.
 * Read in one transaction, so the parts agree with each other. Its pages are the configuration
 * pages, so it needs their roles.
 */
@RestController
@RequestMapping("/api/v1/agency")
@Allowed(Access.OVERSIGHT)
@Tag(name = "Настройка органа", description = "The caller's agency configuration")
class AgencyConfigController {

    private final AgencyDirectory directory;
    private final AgencyProfileService profiles;
    private final OrgUnitService units;
    private final ProcessGroupService groups;
    private final ProcessRegistryService registry;
    private final ClientNeedService needs;
    private final TouchpointService touchpoints;
    private final ListTemplateService templates;
    private final ApprovalChainService chains;

    AgencyConfigController(AgencyDirectory directory, AgencyProfileService profiles, OrgUnitService units,
                           ProcessGroupService groups, ProcessRegistryService registry, ClientNeedService needs,
                           TouchpointService touchpoints, ListTemplateService templates, ApprovalChainService chains) {
        this.directory = directory;
        this.profiles = profiles;
        this.units = units;
        this.groups = groups;
        this.registry = registry;
        this.needs = needs;
        this.touchpoints = touchpoints;
        this.templates = templates;
        this.chains = chains;
    }

    @GetMapping("/config")
    @Operation(summary = "Units, process groups, registry, needs, touchpoints, columns and the approval chain in force")
    @Transactional(readOnly = true)
    AgencyConfig config() {
        var agencyId = TenantContext.requireAgency();
        AgencySummary agency = directory.find(agencyId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return new AgencyConfig(
                new Agency(agency.slug(), agency.shortName(), agency.fullName(), agency.type().name(), agency.officialSiteUrl(),
                        agency.documentsSectionUrl()),
                profiles.current(),
                units.list().stream().map(AgencyConfigController::unit).toList(),
                groups.list(), registry.list(), needs.list(), touchpoints.list(), templates.current(),
                chains.current().orElse(null));
    }

    private static Unit unit(OrgUnit u) {
        return new Unit(u.id(), u.parentId(), u.name(), person(u.head()), person(u.supervisor()),
                u.members().stream().map(AgencyConfigController::person).toList(), u.closed());
    }

    private static Person person(StaffMember m) {
        return m == null ? null : new Person(m.id(), m.subject(), m.displayName());
    }

    record AgencyConfig(Agency agency, AgencyProfile profile, List<Unit> units, List<ProcessGroup> processGroups,
                        List<AgencyProcess> processes, List<ClientNeed> needs, List<Touchpoint> touchpoints,
                        ListTemplate template, ApprovalChain approvalChain) {
    }

    record Agency(String slug, String shortName, String fullName, String type, String officialSiteUrl,
                  String documentsSectionUrl) {
    }

    record Unit(UUID id, UUID parentId, String name, Person head, Person supervisor, List<Person> members, boolean closed) {
    }

    record Person(UUID id, String subject, String name) {
    }
}
