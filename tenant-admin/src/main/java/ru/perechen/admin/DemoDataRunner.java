package ru.perechen.admin;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Seeds the demo agencies at start-up when {@code perechen.demo-data.enabled=true} (local runs, tests). */
@Component
@ConditionalOnProperty(name = "perechen.demo-data.enabled", havingValue = "true")
class DemoDataRunner implements ApplicationRunner {

    private final PresetService presets;
    /** Приложение № 2 of act 004: «ИНФОРМАЦИЯ об уровне удовлетворенности внешних клиентов …» in the act's words. */
    static final String ACT_004_HEADING = "действующими в министерстве экономического развития Новосибирской области механизмами "
            + "предоставления мер государственной поддержки";
    private final ru.perechen.feedback.FeedbackDemo feedback;
    private final ru.perechen.tenancy.AgencyDirectory directory;
    private final DemoHistory history;
    /** The realm's demo coordinators (perechen-realm.json): region, login, name, e-mail. */
    static final java.util.List<String[]> DEMO_COORDINATORS = java.util.List.of(
            new String[] {"54", "coord.nso", "Николай Координаторов", "coord.nso@demo.perechen.local"},
            new String[] {"13", "coord.rm", "Мирон Мордвинов", "coord.rm@demo.perechen.local"});
    private final RegionCoordinatorService coordinators;

    DemoDataRunner(PresetService presets, ru.perechen.feedback.FeedbackDemo feedback, ru.perechen.tenancy.AgencyDirectory directory,
                   DemoHistory history, RegionCoordinatorService coordinators) {
        this.coordinators = coordinators;
        this.presets = presets;
        this.history = history;
        this.feedback = feedback;
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        presets.applySeedAgencies();
        // the realm has them already: recorded here, Keycloak is not called
        DEMO_COORDINATORS.forEach(c -> coordinators.recordExisting(c[0], c[1], c[2], c[3]));
        // demo only: versions dated back, publications, a second version, requests and review tasks of the past quarters
        history.apply();
        // act 004 is Минэкономразвития НСО's: its feedback is on, with a quarter and more of responses to analyse
        ru.perechen.tenancy.TenantContext.callAsSystem(() -> directory.findBySlug("minek-nso")).ifPresent(agency ->
                ru.perechen.tenancy.TenantContext.callAsAgency(agency.id(), () -> feedback.seed(400, ACT_004_HEADING)));
    }
}
