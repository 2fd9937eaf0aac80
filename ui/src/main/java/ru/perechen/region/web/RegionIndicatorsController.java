package ru.perechen.region.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.perechen.catalog.ChannelType;
import ru.perechen.region.AgencyIndicators;
import ru.perechen.region.RegionDashboard;
import ru.perechen.region.RegionDashboardService;
import ru.perechen.register.ListRule;
import ru.perechen.tenancy.Access;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.Allowed;
import ru.perechen.tenancy.InvalidSettingException;
import ru.perechen.tenancy.RegionId;
import ru.perechen.tenancy.RegionSummary;
import ru.perechen.tenancy.TenantContext;
import ru.perechen.tenancy.TenantPrincipal;

/**
 * {@code GET /api/v1/region/indicators}: the region dashboard's figures (decision 38) for integrations — the
 * coordinator's own region, or the one a platform admin names; a coordinator naming another region is refused
 * by the service (403). Each agency's indicators under stable kebab-case keys, null where the agency lacks that
 * part (no list in force, feedback switched off).
 */
@RestController
@RequestMapping("/api/v1/region")
@Allowed(Access.REGION)
@Tag(name = "Регион", description = "A region's agencies side by side")
class RegionIndicatorsController {

    private final AgencyDirectory directory;
    private final RegionDashboardService dashboards;

    RegionIndicatorsController(AgencyDirectory directory, RegionDashboardService dashboards) {
        this.directory = directory;
        this.dashboards = dashboards;
    }

    @GetMapping("/indicators")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "400", description = "Неверный параметр: `code` `region.error.as-of-future`, `region.error.as-of-early`, "
            + "`region.error.not-found`, `region.error.region-required` (администратор платформы указывает `region`), "
            + "`api.problem.parameter-invalid`; `field` — имя параметра")
    @Operation(summary = "The region dashboard's indicators of every active agency as of a day (today, Moscow time, when none is given): "
            + "the coordinator's own region; a platform admin names it by its code")
    Indicators indicators(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                          @RequestParam(required = false) String region) {
        RegionDashboard d = dashboards.dashboard(regionOf(region), asOf);
        return new Indicators(new Region(d.region().code(), d.region().name()), d.asOf(), d.feedbackQuarter(),
                d.agencies().stream().map(RegionIndicatorsController::agency).toList());
    }

    private RegionId regionOf(String code) {
        if (code == null || code.isBlank()) {
            return TenantContext.principal().flatMap(TenantPrincipal::coordinatedRegion)
                    .orElseThrow(() -> new InvalidSettingException("region", "region.error.region-required"));
        }
        return directory.findRegionByCode(code.strip()).map(RegionSummary::id)
                .orElseThrow(() -> new InvalidSettingException("region", "region.error.not-found"));
    }

    private static Agency agency(AgencyIndicators a) {
        AgencyIndicators.ListInForce list = a.list();
        AgencyIndicators.Compliance compliance = a.compliance();
        AgencyIndicators.Publication publication = a.publication();
        AgencyIndicators.Feedback feedback = a.feedback();
        Map<String, Integer> findings = null;
        if (compliance != null) {
            findings = new LinkedHashMap<>();
            for (ListRule rule : ListRule.values()) {
                findings.put(rule.name(), compliance.findings().getOrDefault(rule, 0));
            }
        }
        Map<String, Integer> channels = null;
        if (list != null) {
            channels = new LinkedHashMap<>();
            for (ChannelType type : ChannelType.values()) {
                channels.put(type.name(), a.channels().byType().getOrDefault(type, 0));
            }
        }
        return new Agency(a.agency().slug(), a.agency().shortName(), a.agency().fullName(), new Figures(
                list == null ? null : list.number(), list == null ? null : list.actDate(), list == null ? null : list.ageDays(),
                compliance == null ? null : compliance.score(), compliance == null ? null : compliance.errors(),
                compliance == null ? null : compliance.warnings(), findings,
                publication == null || publication.state() == null ? null : publication.state().name(),
                publication == null ? null : publication.days(),
                a.tasks().open(), a.tasks().overdue(), a.requests().inApproval(), a.requests().enacted(),
                a.requests().medianWorkingDays(), a.coverage().percent(), a.channels().digitalPercent(), channels,
                list == null ? null : list.processes(), list == null ? null : list.touchpoints(), list == null ? null : list.rows(),
                feedback == null ? null : feedback.satisfaction(), feedback == null ? null : feedback.responses()));
    }

    record Indicators(Region region, LocalDate asOf, String feedbackQuarter, List<Agency> agencies) {
    }

    record Region(String code, String name) {
    }

    /** An agency: its slug as {@code code}, its short name as {@code name}. */
    record Agency(String code, String name, String fullName, Figures indicators) {
    }

    /**
     * The indicators, as the dashboard's legend defines them. {@code publication-days}: working days late, overdue or
     * left, as the state says; {@code findings} by rule, {@code channels} touchpoints by channel type.
     */
    record Figures(@JsonProperty("list-version") Integer listVersion,
                   @JsonProperty("list-act-date") LocalDate listActDate,
                   @JsonProperty("list-age-days") Integer listAgeDays,
                   @JsonProperty("compliance-score") Double complianceScore,
                   @JsonProperty("compliance-errors") Integer complianceErrors,
                   @JsonProperty("compliance-warnings") Integer complianceWarnings,
                   @JsonProperty("findings") Map<String, Integer> findings,
                   @JsonProperty("publication-state") String publicationState,
                   @JsonProperty("publication-days") Integer publicationDays,
                   @JsonProperty("tasks-open") int tasksOpen,
                   @JsonProperty("tasks-overdue") int tasksOverdue,
                   @JsonProperty("requests-in-approval") int requestsInApproval,
                   @JsonProperty("requests-enacted") int requestsEnacted,
                   @JsonProperty("requests-median-working-days") Double requestsMedianWorkingDays,
                   @JsonProperty("coverage-percent") Double coveragePercent,
                   @JsonProperty("digital-percent") Double digitalPercent,
                   @JsonProperty("channels") Map<String, Integer> channels,
                   @JsonProperty("processes") Integer processes,
                   @JsonProperty("touchpoints") Integer touchpoints,
                   @JsonProperty("rows") Integer rows,
                   @JsonProperty("feedback-satisfaction") Double feedbackSatisfaction,
                   @JsonProperty("feedback-responses") Long feedbackResponses) {
    }
}
