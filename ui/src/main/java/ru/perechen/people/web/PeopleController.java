package ru.perechen.people.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import ru.perechen.admin.StaffAdministration;
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
    private final StaffAdministration administration;

    PeopleController(PeopleService people, StaffAdministration administration) {
        this.people = people;
        this.administration = administration;
    }

    @GetMapping
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "403", description = "Только администратор органа")
    @Operation(summary = "Everyone of the caller's agency by name — login, ФИО, e-mail, roles, units (head or member), last sign-in "
            + "— and the warnings where the configuration needs people: a unit without a head (UNIT_WITHOUT_HEAD, the unit), "
            + "a step of the chain in force that finds nobody (STEP_FINDS_NOBODY, the step's position and the processes), "
            + "a needed role nobody holds (ROLE_NOBODY_HOLDS, the role)")
    Staffing people() {
        return people.staffing();
    }

    @PostMapping("/{id}/disable")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @ApiResponse(responseCode = "204", description = "Отключён")
    @ApiResponse(responseCode = "400", description = "Нет такого сотрудника (`people.error.not-found`) или это сам вызывающий (`people.error.self-disable`)")
    @ApiResponse(responseCode = "503", description = "Keycloak отказал или недоступен: ничего не сохранено")
    @Operation(summary = "Disables a person of the agency: their next request, page or API, is refused; Keycloak disables the account and ends its sessions")
    void disablePerson(@PathVariable UUID id) {
        administration.disable(id);
    }

    @PostMapping("/{id}/enable")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @ApiResponse(responseCode = "204", description = "Включён")
    @ApiResponse(responseCode = "400", description = "Нет такого сотрудника (`people.error.not-found`)")
    @ApiResponse(responseCode = "503", description = "Keycloak отказал или недоступен: ничего не сохранено")
    @Operation(summary = "Enables a disabled person of the agency again, in the directory and in Keycloak")
    void enablePerson(@PathVariable UUID id) {
        administration.enable(id);
    }
}
