package ru.perechen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(PerechenApplication.class);

    @Test
    void every_feature_is_a_module() {
        assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains("tenancy", "identity", "admin", "ui", "uikit");
    }

    @Test
    void feature_modules_respect_their_boundaries() {
        MODULES.verify();
    }
}
