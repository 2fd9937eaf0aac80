package ru.perechen.infra.faults;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.perechen.tenancy.Access;
import ru.perechen.tenancy.Allowed;
import ru.perechen.admin.AgencyPreset;
import ru.perechen.admin.PlatformAdminService;
import ru.perechen.audit.AuditLog;
import ru.perechen.audit.ChainCheck;
import ru.perechen.audit.PlatformAuditLog;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.tenancy.AgencyType;

/**
 * Test-only API of the child process, for what the public API does not offer: the platform admin's
 * "create agency" (a page in the product) and the audit chains' verification (shown on the audit
 * pages). Both go through the same services, with the caller's token and its permission checks.
 */
@RestController
@RequestMapping("/api/v1/fault-test")
@Allowed(Access.PLATFORM)
@ConditionalOnProperty(name = "perechen.fault.enabled", havingValue = "true")
class FaultTestApi {

    private final PlatformAdminService admin;
    private final AgencyDirectory directory;
    private final AuditLog audit;
    private final PlatformAuditLog platformAudit;

    FaultTestApi(PlatformAdminService admin, AgencyDirectory directory, AuditLog audit, PlatformAuditLog platformAudit) {
        this.admin = admin;
        this.directory = directory;
        this.audit = audit;
        this.platformAudit = platformAudit;
    }

    @PostMapping("/agencies")
    Map<String, String> create(@RequestBody NewAgency body) {
        var region = directory.findRegionByCode(body.region()).orElseThrow();
        var created = admin.createAgency(new PlatformAdminService.NewAgencyRequest(region.id(), body.slug(), body.fullName(),
                body.shortName(), AgencyType.MINISTRY, body.site(), null, AgencyPreset.METHODOLOGY, body.adminUsername(),
                body.adminEmail(), "Вера", "Строителева"));
        return Map.of("slug", created.agency().slug(), "admin", created.adminUsername());
    }

    /** Every agency's chain and the platform's, as the audit pages verify them. */
    @GetMapping("/audit")
    Map<String, ChainCheck> audit() {
        Map<String, ChainCheck> chains = new LinkedHashMap<>();
        for (AgencySummary agency : directory.allAgencies()) {
            chains.put(agency.slug(), audit.verifyAgency(agency.id()));
        }
        chains.put("platform", platformAudit.verify());
        return chains;
    }

    record NewAgency(String region, String slug, String fullName, String shortName, String site, String adminUsername,
                     String adminEmail) {
    }
}
