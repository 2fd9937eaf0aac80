package ru.perechen.people.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.perechen.people.PeopleService;
import ru.perechen.people.Staffing;
import ru.perechen.tenancy.Access;
import ru.perechen.tenancy.Allowed;

/** {@code GET /api/v1/agency/people}: the caller's agency's staff and what it lacks in people — the staff page's data. */
@RestController
@RequestMapping("/api/v1/agency/people")
@Allowed(Access.ADMINISTRATION)
@Tag(name = "Сотрудники", description = "The caller's agency's people, their units and roles")
class PeopleController {

    private final PeopleService people;

    PeopleController(PeopleService people) {
        this.people = people;
    }

    @GetMapping
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "403", description = "Только администратор органа")
    @Operation(summary = "Everyone of the caller's agency by name — login, ФИО, e-mail, roles, units (head or member), last sign-in "
            + "— and the warnings where the configuration needs people: a unit without a head (UNIT_WITHOUT_HEAD, the unit), "
            + "a step of the chain in force that finds nobody (STEP_FINDS_NOBODY, the step's position and the processes), "
            + "a needed role nobody holds (ROLE_NOBODY_HOLDS, the role)")
    Staffing list() {
        return people.staffing();
    }
}
