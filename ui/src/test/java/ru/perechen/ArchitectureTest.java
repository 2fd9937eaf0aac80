package ru.perechen;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ru.perechen");

    @Test
    void repositories_are_used_only_inside_their_own_feature_and_never_by_views() {
        for (String feature : new String[] {"tenancy", "identity", "admin"}) {
            noClasses().that().resideOutsideOfPackage("ru.perechen." + feature + "..")
                    .should().dependOnClassesThat(repositoryOf(feature))
                    .check(CLASSES);
        }
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    @Test
    void services_and_domain_do_not_depend_on_the_ui() {
        noClasses().that().resideOutsideOfPackages("..ui..", "..web..", "ru.perechen.uikit..", "ru.perechen")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .check(CLASSES);
    }

    @Test
    void only_tenancy_talks_to_the_row_level_security_settings() {
        classes().that().haveSimpleName("TenantAwareTransactionManager")
                .should().resideInAPackage("ru.perechen.tenancy.internal")
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackage("ru.perechen.tenancy..")
                .should().dependOnClassesThat().haveSimpleName("CurrentTenantResolver")
                .check(CLASSES);
    }

    private static DescribedPredicate<JavaClass> repositoryOf(String feature) {
        return DescribedPredicate.describe("repositories of " + feature,
                c -> c.getPackageName().startsWith("ru.perechen." + feature) && c.isAssignableTo(Repository.class));
    }
}
