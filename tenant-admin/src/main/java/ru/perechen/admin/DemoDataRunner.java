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

    DemoDataRunner(PresetService presets) {
        this.presets = presets;
    }

    @Override
    public void run(ApplicationArguments args) {
        presets.applySeedAgencies();
    }
}
