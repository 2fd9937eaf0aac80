package ru.perechen.people;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.perechen.catalog.OrgUnit;
import ru.perechen.catalog.OrgUnitService;
import ru.perechen.catalog.StaffDirectory;
import ru.perechen.catalog.StaffMember;
import ru.perechen.tenancy.Access;
import ru.perechen.tenancy.Role;
import ru.perechen.tenancy.TenantContext;
import ru.perechen.workflow.ApprovalChain;
import ru.perechen.workflow.ApprovalChainService;
import ru.perechen.workflow.ApprovalStep;
import ru.perechen.workflow.ApproverRule;
import ru.perechen.workflow.ChainWarning;

/**
 * The agency's staff for its tenant admin (issue 15): everyone with their units and roles, and what the
 * configuration still lacks in people. Read in one read-only transaction of the agency; refused to anyone
 * but the agency's tenant admin, here and not only in the page.
 */
@Service
public class PeopleService {

    /** Roles the agency's own loop cannot do without: someone administers, the cc deputy oversees, someone drafts. */
    static final Set<Role> NEEDED = EnumSet.of(Role.TENANT_ADMIN, Role.CC_DEPUTY, Role.EDITOR);

    private final StaffDirectory staff;
    private final OrgUnitService units;
    private final ApprovalChainService chains;

    PeopleService(StaffDirectory staff, OrgUnitService units, ApprovalChainService chains) {
        this.staff = staff;
        this.units = units;
        this.chains = chains;
    }

    @Transactional(readOnly = true)
    public Staffing staffing() {
        Access.ADMINISTRATION.require();
        TenantContext.requireAgency();
        List<StaffMember> members = staff.list();
        List<OrgUnit> open = units.list().stream().filter(u -> !u.closed()).toList();
        Map<UUID, StaffDirectory.Standing> standings = staff.standings();
        List<Person> people = members.stream().map(m -> {
            StaffDirectory.Standing standing = standings.getOrDefault(m.id(), new StaffDirectory.Standing(null, null, false));
            return new Person(m.id(), m.subject(), standing.username(), m.displayName(), m.email(), m.roles(), memberships(m, open),
                    standing.lastSignIn(), standing.disabled());
        }).toList();
        return new Staffing(people, warnings(members, open));
    }

    private static List<Person.Membership> memberships(StaffMember person, List<OrgUnit> open) {
        List<Person.Membership> result = new ArrayList<>();
        for (OrgUnit unit : open) {
            boolean head = unit.head() != null && unit.head().id().equals(person.id());
            if (head || unit.members().stream().anyMatch(m -> m.id().equals(person.id()))) {
                result.add(new Person.Membership(unit.id(), unit.name(), head));
            }
        }
        return result;
    }

    private List<StaffingWarning> warnings(List<StaffMember> members, List<OrgUnit> open) {
        List<StaffingWarning> warnings = new ArrayList<>();
        open.stream().filter(u -> u.head() == null)
                .forEach(u -> warnings.add(new StaffingWarning(StaffingWarning.Kind.UNIT_WITHOUT_HEAD, u.name(), List.of())));
        Set<Role> needed = EnumSet.copyOf(NEEDED);
        chains.current().ifPresent(chain -> {
            needed.addAll(chain.steps().stream().filter(s -> s.rule() == ApproverRule.ROLE && s.role() != null)
                    .map(ApprovalStep::role).toList());
            stepsFindingNobody(chain).forEach((step, processes) ->
                    warnings.add(new StaffingWarning(StaffingWarning.Kind.STEP_FINDS_NOBODY, String.valueOf(step), processes)));
        });
        for (Role role : needed) {
            if (members.stream().noneMatch(m -> m.roles().contains(role))) {
                warnings.add(new StaffingWarning(StaffingWarning.Kind.ROLE_NOBODY_HOLDS, role.name(), List.of()));
            }
        }
        return warnings;
    }

    private Map<Integer, List<String>> stepsFindingNobody(ApprovalChain chain) {
        Map<Integer, List<String>> result = new LinkedHashMap<>();
        for (ChainWarning w : chains.warnings(chain.toDraft())) {
            if (w.kind() == ChainWarning.Kind.NOBODY) {
                result.computeIfAbsent(w.steps().getFirst(), k -> new ArrayList<>()).addAll(w.processes());
            }
        }
        return result;
    }
}
