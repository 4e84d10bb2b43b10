package kz.emocare.hub;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Keeps the module rules of the architecture: nothing depends on the hub; connectors and the FHIR adapter depend only on
 * contracts; contracts depends on no other module. Checked twice: on the Maven dependencies of every module, and on the
 * compiled classes (so a stray import cannot slip through a transitive dependency).
 */
class ModuleRulesTest {

    private static final Map<String, Set<String>> ALLOWED_MODULE_DEPENDENCIES = Map.of(
            "contracts", Set.of(),
            "connectors", Set.of("contracts"),
            "fhir-adapter", Set.of("contracts"),
            "auth-server", Set.of("contracts"),
            "hub", Set.of("contracts", "connectors", "fhir-adapter"),
            "docker", Set.of());

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("kz.emocare");
    }

    @Test
    void mavenModulesDependOnlyOnWhatTheArchitectureAllows() throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        for (var module : ALLOWED_MODULE_DEPENDENCIES.entrySet()) {
            Path pom = root.resolve(module.getKey()).resolve("pom.xml");
            assertThat(pom).as("module %s", module.getKey()).exists();

            assertThat(emocareDependencies(pom))
                    .as("Emocare modules %s depends on", module.getKey())
                    .allMatch(module.getValue()::contains);
        }
    }

    @Test
    void nothingDependsOnTheHub() {
        noClasses()
                .that()
                .resideOutsideOfPackage("kz.emocare.hub..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("kz.emocare.hub..")
                .check(classes);
    }

    @Test
    void connectorsDependOnlyOnContracts() {
        noClasses()
                .that()
                .resideInAPackage("kz.emocare.connectors..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("kz.emocare.fhir..", "kz.emocare.auth..", "kz.emocare.hub..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void fhirAdapterDependsOnlyOnContracts() {
        noClasses()
                .that()
                .resideInAPackage("kz.emocare.fhir..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("kz.emocare.connectors..", "kz.emocare.auth..", "kz.emocare.hub..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void contractsDependOnNoOtherModule() {
        noClasses()
                .that()
                .resideInAPackage("kz.emocare.contracts..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "kz.emocare.connectors..", "kz.emocare.fhir..", "kz.emocare.auth..", "kz.emocare.hub..")
                .check(classes);
    }

    private static List<String> emocareDependencies(Path pom) throws Exception {
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Files.newInputStream(pom));
        NodeList dependencies = document.getElementsByTagName("dependency");
        List<String> found = new ArrayList<>();
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            if (dependency.getParentNode().getParentNode().getNodeName().equals("dependencyManagement")) {
                continue;
            }
            if ("kz.emocare".equals(text(dependency, "groupId"))) {
                found.add(text(dependency, "artifactId"));
            }
        }
        return found;
    }

    private static String text(Element element, String tag) {
        NodeList nodes = element.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().trim();
    }
}
