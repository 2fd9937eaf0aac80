package ru.perechen.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static ru.perechen.coretest.TestPrincipals.agencyUser;
import static ru.perechen.coretest.TestPrincipals.as;

import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import ru.perechen.audit.AuditLog;
import ru.perechen.coretest.CoreTestApplication;

@SpringBootTest(classes = CoreTestApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicationSettingsTest {

    @Autowired AgencyDirectory directory;
    @Autowired PublicationSettingsService settings;
    @Autowired AgencyProfileService profiles;
    @Autowired AuditLog audit;

    AgencyId agency;
    AgencyId other;

    @BeforeAll
    void two_agencies_with_sites() {
        TenantContext.callAsSystem(() -> {
            RegionId region = directory.registerRegion("99", "Тестовая область размещения");
            agency = directory.registerAgency(new AgencyDirectory.NewAgency(region, "publication-a", "Департамент Р",
                    "Департамент Р", AgencyType.DEPARTMENT, "https://dep.example.ru", "https://dep.example.ru/docs"));
            other = directory.registerAgency(new AgencyDirectory.NewAgency(region, "publication-b", "Министерство Р",
                    "Министерство Р", AgencyType.MINISTRY, "https://min.example.ru", null));
            return null;
        });
    }

    @Test
    void the_documents_section_the_deadline_and_hidden_internal_groups_are_stored_and_audited() {
        PublicationSettings before = admin(settings::current);
        assertThat(before.documentsSectionUrl()).isEqualTo("https://dep.example.ru/docs");
        PublicationSettings saved = admin(() -> settings.update(new PublicationSettings(null, " https://www.dep.example.ru/documents/perechen ",
                4, true, before.version(), null)));
        assertThat(saved.documentsSectionUrl()).isEqualTo("https://www.dep.example.ru/documents/perechen");
        assertThat(saved.officialSiteUrl()).isEqualTo("https://dep.example.ru");
        assertThat(admin(profiles::current).publicationDeadlineWorkDays()).isEqualTo(4);
        assertThat(admin(settings::current).hideInternalGroups()).isTrue();
        assertThat(directory.find(agency).orElseThrow().documentsSectionUrl()).isEqualTo("https://www.dep.example.ru/documents/perechen");
        assertThat(admin(() -> audit.recent(5))).anyMatch(e -> e.entityType().equals("PublicationSettings"));
        assertThat(as(agencyUser(other, Role.TENANT_ADMIN), settings::current).hideInternalGroups()).isFalse();

        assertThatThrownBy(() -> admin(() -> settings.update(new PublicationSettings(null, null, 5, false, before.version(), null))))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void an_address_that_is_not_a_web_page_of_the_official_site_or_a_wrong_deadline_is_refused() {
        PublicationSettings current = admin(settings::current);
        assertThat(problem(new PublicationSettings(null, "dep.example.ru/docs", 5, false, current.version(), null)).messageKey())
                .isEqualTo("publication.error.url");
        assertThat(problem(new PublicationSettings(null, "https://evil.example.com/docs", 5, false, current.version(), null))
                .messageKey()).isEqualTo("publication.error.other-site");
        assertThat(problem(new PublicationSettings(null, "https://notdep.example.ru/docs", 5, false, current.version(), null))
                .messageKey()).isEqualTo("publication.error.other-site");
        assertThat(problem(new PublicationSettings(null, null, 31, false, current.version(), null)).field())
                .isEqualTo("publicationDeadlineWorkDays");
        assertThat(admin(settings::current)).isEqualTo(current);
        assertThatThrownBy(() -> as(agencyUser(agency, Role.CC_DEPUTY), () -> settings.update(current)))
                .isInstanceOf(AccessDeniedToTenantException.class);
    }

    private InvalidSettingException problem(PublicationSettings changed) {
        return catchThrowableOfType(InvalidSettingException.class, () -> admin(() -> settings.update(changed)));
    }

    private <T> T admin(Supplier<T> work) {
        return as(agencyUser(agency, Role.TENANT_ADMIN), work);
    }
}
