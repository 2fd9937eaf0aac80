package ru.perechen.catalog;

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
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencyId;
import ru.perechen.tenancy.AgencyType;
import ru.perechen.tenancy.RegionId;
import ru.perechen.tenancy.Role;
import ru.perechen.tenancy.TenantContext;

@SpringBootTest(classes = CoreTestApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TouchpointTest {

    @Autowired AgencyDirectory directory;
    @Autowired TouchpointService touchpoints;
    @Autowired AuditLog audit;

    AgencyId agency;
    AgencyId other;

    @BeforeAll
    void two_agencies() {
        TenantContext.callAsSystem(() -> {
            RegionId region = directory.registerRegion("95", "Тестовая область точек");
            agency = directory.registerAgency(new AgencyDirectory.NewAgency(region, "touch-a", "Департамент Т",
                    "Департамент Т", AgencyType.DEPARTMENT, null, null));
            other = directory.registerAgency(new AgencyDirectory.NewAgency(region, "touch-b", "Министерство Т",
                    "Министерство Т", AgencyType.MINISTRY, null, null));
            return null;
        });
    }

    @Test
    void the_kind_follows_the_channel_unless_the_agency_says_otherwise() {
        Touchpoint callCentre = admin(() -> touchpoints.create(new TouchpointDraft("Единый контакт-центр", null,
                ChannelType.CALL_CENTRE, "8 (800) 100-70-10", "пн–пт 9:00–18:00", null)));
        assertThat(callCentre.kind()).isEqualTo(ChannelKind.DIGITAL);
        Touchpoint phone = admin(() -> touchpoints.create(new TouchpointDraft("Телефон приемной", ChannelKind.DIGITAL,
                ChannelType.PHONE, "+7 (383) 238-60-00", null, null)));
        assertThat(phone.kind()).isEqualTo(ChannelKind.DIGITAL);
        Touchpoint mfc = admin(() -> touchpoints.create(new TouchpointDraft("МФЦ «Мои документы»", null, ChannelType.MFC,
                "г. Новосибирск, ул. Державина, 28", null, "Соглашение о взаимодействии с МФЦ")));
        assertThat(mfc.kind()).isEqualTo(ChannelKind.OFFLINE);
    }

    @Test
    void addresses_must_fit_the_channel() {
        assertThat(problem(new TouchpointDraft("Официальный сайт", null, ChannelType.SITE, "dizo nso ru", null, null)).messageKey())
                .isEqualTo("touchpoint.error.address-web");
        assertThat(problem(new TouchpointDraft("Почта для обращений", null, ChannelType.EMAIL, "priem(at)nso.ru", null, null))
                .messageKey()).isEqualTo("touchpoint.error.address-email");
        assertThat(problem(new TouchpointDraft("Горячая линия", null, ChannelType.PHONE, "звоните", null, null)).field())
                .isEqualTo("address");
        assertThat(problem(new TouchpointDraft("Без канала", null, null, null, null, null)).field()).isEqualTo("type");
        assertThat(problem(new TouchpointDraft(" ", null, ChannelType.POST, null, null, null)).field()).isEqualTo("name");
        assertThat(admin(touchpoints::list)).extracting(Touchpoint::name).doesNotContain("Официальный сайт", "Без канала");
    }

    @Test
    void names_are_unique_and_a_retired_touchpoint_is_restored_rather_than_duplicated() {
        Touchpoint post = admin(() -> touchpoints.create(new TouchpointDraft("Почтовый адрес департамента", null, ChannelType.POST,
                "630011, г. Новосибирск, Красный проспект, 18", null, null)));
        Touchpoint retired = admin(() -> touchpoints.retire(post.id(), post.version()));
        assertThat(retired.retired()).isTrue();
        assertThat(problem(new TouchpointDraft("почтовый  адрес департамента", null, ChannelType.POST, null, null, null))
                .messageKey()).isEqualTo("catalog.error.name-duplicate-retired");
        assertThat(admin(touchpoints::list).getLast().name()).isEqualTo("Почтовый адрес департамента");
        Touchpoint restored = admin(() -> touchpoints.restore(retired.id(), retired.version()));
        assertThat(restored.retired()).isFalse();
        assertThatThrownBy(() -> admin(() -> touchpoints.update(post.id(), post.version(),
                new TouchpointDraft("Почта", null, ChannelType.POST, null, null, null))))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void touchpoints_are_audited_and_invisible_to_other_agencies() {
        admin(() -> touchpoints.create(new TouchpointDraft("Личный прием в департаменте", null, ChannelType.RECEPTION,
                "каб. 101", "вт, чт 10:00–13:00", "Приказ о порядке личного приема")));
        assertThat(admin(() -> audit.recent(20))).anyMatch(e -> e.entityType().equals("Touchpoint")
                && e.afterState().contains("вт, чт 10:00–13:00"));
        assertThat(as(agencyUser(other, Role.TENANT_ADMIN), touchpoints::list)).isEmpty();
    }

    private InvalidConfigurationException problem(TouchpointDraft draft) {
        return catchThrowableOfType(InvalidConfigurationException.class, () -> admin(() -> touchpoints.create(draft)));
    }

    private <T> T admin(Supplier<T> work) {
        return as(agencyUser(agency, Role.TENANT_ADMIN), work);
    }
}
