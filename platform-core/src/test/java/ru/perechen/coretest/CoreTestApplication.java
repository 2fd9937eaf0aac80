package ru.perechen.coretest;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots platform-core alone (no UI) for its tests, with the real migrations on embedded PostgreSQL. */
@SpringBootApplication(scanBasePackages = "ru.perechen")
@AutoConfigurationPackage(basePackages = "ru.perechen")
public class CoreTestApplication {
}
