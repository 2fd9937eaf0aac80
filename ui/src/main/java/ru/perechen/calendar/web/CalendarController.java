package ru.perechen.calendar.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.perechen.calendar.CalendarService;
import ru.perechen.tenancy.Access;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.tenancy.Allowed;
import ru.perechen.tenancy.InvalidSettingException;
import ru.perechen.tenancy.RegionId;
import ru.perechen.tenancy.RegionSummary;
import ru.perechen.tenancy.TenantContext;

/** Deadlines in working days by the production calendar, for integrations. */
@RestController
@RequestMapping("/api/v1/calendar")
@Allowed(Access.ANY_ROLE)
@Tag(name = "Производственный календарь", description = "Working-day deadlines")
class CalendarController {

    private final CalendarService calendar;
    private final AgencyDirectory directory;

    CalendarController(CalendarService calendar, AgencyDirectory directory) {
        this.calendar = calendar;
        this.directory = directory;
    }

    @GetMapping("/deadline")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "409", description = "Производственный календарь на нужный год не внесён: `code` `calendar.error.year-missing`, `year`")
    @Operation(summary = "The date N working days after a date (counting from the working day after it), "
            + "with the region's own days off; the caller's agency's region when none is given")
    Deadline deadline(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @RequestParam int workingDays, @RequestParam(required = false) String region) {
        RegionId regionId = region == null
                ? TenantContext.currentAgency().flatMap(directory::find).map(AgencySummary::regionId).orElse(null)
                : directory.findRegionByCode(region).map(RegionSummary::id)
                        .orElseThrow(() -> new InvalidSettingException("region", "calendar.error.region-unknown", region));
        return new Deadline(calendar.addWorkingDays(from, workingDays, regionId));
    }

    record Deadline(LocalDate deadline) {
    }
}
