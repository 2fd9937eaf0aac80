package ru.perechen.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.perechen.tenancy.Access;
import ru.perechen.tenancy.Role;

/**
 * One permission model (decision 28): every page requires exactly the roles of one access of
 * {@link Access}, every API operation declares one, and an operation requires the same roles as the
 * page that shows the same data.
 */
class PermissionModelTest {

    @Test
    void every_page_requires_the_roles_of_one_access_of_the_model() throws Exception {
        Set<Set<Role>> model = Arrays.stream(Access.values()).map(Access::roles).collect(Collectors.toSet());
        List<Class<?>> pages = annotated(Route.class);
        assertThat(pages).hasSizeGreaterThan(20);
        for (Class<?> page : pages) {
            RolesAllowed roles = page.getAnnotation(RolesAllowed.class);
            boolean open = page.isAnnotationPresent(PermitAll.class) || page.isAnnotationPresent(AnonymousAllowed.class);
            assertThat(roles != null || open).as(page.getName() + " says who may open it").isTrue();
            if (roles != null) {
                assertThat(model).as(page.getName() + " requires " + Arrays.toString(roles.value())).contains(rolesOf(roles));
            }
        }
    }

    @Test
    void every_api_operation_declares_its_access() throws Exception {
        List<String> operations = new ArrayList<>();
        for (Class<?> controller : annotated(RestController.class)) {
            for (Method method : controller.getDeclaredMethods()) {
                RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
                RequestMapping base = AnnotatedElementUtils.findMergedAnnotation(controller, RequestMapping.class);
                if (mapping == null) {
                    continue;
                }
                String path = (base == null ? "" : base.path().length == 0 ? "" : base.path()[0])
                        + (mapping.path().length == 0 ? "" : mapping.path()[0]);
                if (path.startsWith("/api/v1/")) {
                    operations.add(path);
                    assertThat(ApiAccessInterceptor.declared(controller, method)).as(path).isPresent();
                }
            }
        }
        assertThat(operations).hasSizeGreaterThanOrEqualTo(31);
    }

    @Test
    void an_operation_requires_the_roles_of_the_page_that_shows_the_same_data() throws Exception {
        Map<String, List<String>> pagesOf = Map.of(
                "ru.perechen.register.web.ListController#current", List.of("ru.perechen.workflow.ui.ListView"),
                "ru.perechen.register.web.ListController#versions", List.of("ru.perechen.register.ui.VersionsView"),
                "ru.perechen.workflow.web.ChangeRequestController#list", List.of("ru.perechen.workflow.ui.ChangeRequestsView"),
                "ru.perechen.workflow.web.ChangeRequestController#get", List.of("ru.perechen.workflow.ui.ChangeRequestView"),
                "ru.perechen.documents.web.DocumentsApi#preview", List.of("ru.perechen.documents.ui.ListImportView"),
                "ru.perechen.documents.web.DocumentsApi#confirm", List.of("ru.perechen.documents.ui.ListImportView"),
                "ru.perechen.admin.web.AgencyConfigController#config", List.of("ru.perechen.catalog.ui.OrgUnitsView",
                        "ru.perechen.catalog.ui.ProcessRegistryView", "ru.perechen.catalog.ui.ClientNeedsView",
                        "ru.perechen.catalog.ui.TouchpointsView", "ru.perechen.catalog.ui.ListTemplateView",
                        "ru.perechen.workflow.ui.ApprovalChainView"),
                "ru.perechen.tenancy.web.RegionController#agencies", List.of("ru.perechen.region.ui.RegionDashboardView"),
                "ru.perechen.region.web.RegionIndicatorsController#indicators", List.of("ru.perechen.region.ui.RegionDashboardView"));
        for (var entry : pagesOf.entrySet()) {
            String[] target = entry.getKey().split("#");
            Class<?> controller = Class.forName(target[0]);
            Method method = Arrays.stream(controller.getDeclaredMethods()).filter(m -> m.getName().equals(target[1])).findFirst()
                    .orElseThrow();
            Set<Role> operation = ApiAccessInterceptor.declared(controller, method).orElseThrow().roles();
            for (String page : entry.getValue()) {
                assertThat(rolesOf(Class.forName(page).getAnnotation(RolesAllowed.class))).as(entry.getKey() + " and " + page)
                        .isEqualTo(operation);
            }
        }
    }

    private static Set<Role> rolesOf(RolesAllowed allowed) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(allowed.value()).map(Role::valueOf).forEach(roles::add);
        return roles;
    }

    private static List<Class<?>> annotated(Class<? extends java.lang.annotation.Annotation> annotation) throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(annotation));
        List<Class<?>> found = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("ru.perechen")) {
            found.add(Class.forName(candidate.getBeanClassName()));
        }
        return found;
    }
}
