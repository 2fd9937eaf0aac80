package ru.perechen.tenancy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import ru.perechen.tenancy.Access;
import ru.perechen.tenancy.Allowed;
import ru.perechen.tenancy.RegionAgencyOverview;
import ru.perechen.tenancy.RegionOverviewService;
import ru.perechen.tenancy.RegionSummary;
import ru.perechen.tenancy.AgencyDirectory;

/**
 * {@code GET /api/v1/regions/{code}/agencies}: a region's agencies, for its coordinator or a platform
 * admin. Anyone else gets 403 from the service; an unknown region 404.
 */
@RestController
@RequestMapping("/api/v1/regions")
@Allowed(Access.REGION)
@Tag(name = "Регион", description = "A region's agencies side by side")
class RegionController {

    private final AgencyDirectory directory;
    private final RegionOverviewService overview;

    RegionController(AgencyDirectory directory, RegionOverviewService overview) {
        this.directory = directory;
        this.overview = overview;
    }

    @GetMapping("/{code}/agencies")
    @Operation(summary = "The agencies of a region by its code (a coordinator: their own region only)")
    RegionAgencies agencies(@PathVariable String code) {
        RegionSummary region = directory.findRegionByCode(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<RegionAgencies.Agency> agencies = overview.overview(region.id()).stream().map(RegionController::toJson).toList();
        return new RegionAgencies(region.code(), region.name(), agencies);
    }

    private static RegionAgencies.Agency toJson(RegionAgencyOverview o) {
        return new RegionAgencies.Agency(o.agency().slug(), o.agency().shortName(), o.agency().fullName(),
                o.agency().type().name(), o.ccDeputyName(), o.publicationDeadlineWorkDays());
    }

    record RegionAgencies(String code, String name, List<Agency> agencies) {

        record Agency(String slug, String shortName, String fullName, String type, String ccDeputyName,
                      Integer publicationDeadlineWorkDays) {
        }
    }
}
