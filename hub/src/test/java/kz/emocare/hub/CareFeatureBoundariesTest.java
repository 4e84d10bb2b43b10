package kz.emocare.hub;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The care features depend one way only: a screening may open a crisis request (assessment → crisis), never the
 * reverse, and the mood tracker stands alone. Feature packages of the hub form no cycle.
 */
class CareFeatureBoundariesTest {

    static final JavaClasses HUB = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("kz.emocare.hub");

    @Test
    void featurePackagesFormNoCycle() {
        slices().matching("kz.emocare.hub.(*)..").should().beFreeOfCycles().check(HUB);
    }

    @Test
    void crisisDoesNotKnowScreeningsOrMood() {
        noClasses()
                .that()
                .resideInAPackage("kz.emocare.hub.crisis..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("kz.emocare.hub.assessment..", "kz.emocare.hub.mood..")
                .check(HUB);
    }

    @Test
    void moodStandsAlone() {
        noClasses()
                .that()
                .resideInAPackage("kz.emocare.hub.mood..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("kz.emocare.hub.assessment..", "kz.emocare.hub.crisis..")
                .check(HUB);
    }
}
