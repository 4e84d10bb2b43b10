package kz.emocare.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No container engine runs in CI, so these tests check instead that the compose file, the Kubernetes manifests and
 * the Dockerfiles agree with the applications: image names, ports, probe paths, profiles and environment variables.
 */
class DeploymentManifestsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String VERSION = "0.1.0";
    private static final Set<String> STANDARD_VARIABLES = Set.of("SPRING_PROFILES_ACTIVE", "JAVA_TOOL_OPTIONS");

    /** The deployable applications: compose service / Deployment name → module. */
    private static final Map<String, String> APPS = Map.of("hub", "hub");

    private static Map<String, Object> compose;
    private static List<Map<String, Object>> kubernetes;

    @BeforeAll
    static void load() throws IOException {
        compose = new Yaml().load(Files.readString(ROOT.resolve("docker/compose.yaml")));
        kubernetes = new ArrayList<>();
        try (var files = Files.list(ROOT.resolve("docker/k8s"))) {
            for (Path file :
                    files.filter(path -> path.toString().endsWith(".yaml")).toList()) {
                for (Object document : new Yaml().loadAll(Files.readString(file))) {
                    if (document != null) {
                        kubernetes.add(map(document));
                    }
                }
            }
        }
    }

    @Test
    void imagesAreNamedAlikeInComposeKubernetesAndDockerfiles() throws IOException {
        for (String app : List.of("hub", "auth-server", "simulators")) {
            String image = "emocare/" + app + ":" + VERSION;
            assertThat(service(app).get("image")).as("compose image of %s", app).isEqualTo(image);
            assertThat(Files.readString(ROOT.resolve("docker/" + app + "/Dockerfile")))
                    .as("Dockerfile of %s", app)
                    .contains("-t " + image);
        }
        for (String app : APPS.keySet()) {
            assertThat(container(app).get("image"))
                    .as("Kubernetes image of %s", app)
                    .isEqualTo("emocare/" + app + ":" + VERSION);
        }
    }

    @Test
    void dockerfilesCopyTheJarTheModuleBuilds() throws IOException {
        for (var app : APPS.entrySet()) {
            String jar = app.getValue() + "/target/" + app.getValue() + "-" + VERSION + "-SNAPSHOT.jar";
            assertThat(Files.readString(ROOT.resolve("docker/" + app.getKey() + "/Dockerfile")))
                    .contains("/src/" + jar);
            assertThat(Files.readString(ROOT.resolve(app.getValue() + "/pom.xml")))
                    .contains("<artifactId>" + app.getValue() + "</artifactId>");
        }
    }

    @Test
    void portsAgreeWithServerPortEverywhere() throws IOException {
        for (var app : APPS.entrySet()) {
            String port = configuration(app.getValue()).defaultOf("server.port");
            String dockerfile = Files.readString(ROOT.resolve("docker/" + app.getKey() + "/Dockerfile"));

            assertThat(dockerfile).as("EXPOSE of %s", app.getKey()).contains("EXPOSE " + port);
            assertThat(dockerfile).as("health check of %s", app.getKey()).contains("127.0.0.1/" + port);
            assertThat(list(service(app.getKey()).get("ports")))
                    .as("compose ports of %s", app.getKey())
                    .anyMatch(mapping -> mapping.toString().endsWith(":" + port));
            Map<String, Object> containerPort =
                    map(list(container(app.getKey()).get("ports")).get(0));
            assertThat(containerPort.get("containerPort").toString()).isEqualTo(port);
            assertThat(map(list(map(kind("Service", app.getKey()).get("spec")).get("ports"))
                                    .get(0))
                            .get("port")
                            .toString())
                    .isEqualTo(port);
        }
        String prometheus = Files.readString(ROOT.resolve("docker/prometheus/prometheus.yml"));
        for (var app : APPS.entrySet()) {
            assertThat(prometheus)
                    .contains(app.getKey() + ":" + configuration(app.getValue()).defaultOf("server.port"));
        }
    }

    @Test
    void probesUseActuatorHealthGroupsTheAppsExpose() throws IOException {
        for (var app : APPS.entrySet()) {
            AppConfiguration configuration = configuration(app.getValue());
            assertThat(configuration.defaultOf("management.endpoint.health.probes.enabled"))
                    .as("probes enabled in %s", app.getValue())
                    .isEqualTo("true");
            assertThat(configuration.defaultOf("management.endpoints.web.exposure.include"))
                    .contains("health")
                    .contains("prometheus");
            Map<String, Object> container = container(app.getKey());
            assertThat(probePath(container, "livenessProbe")).isEqualTo("/actuator/health/liveness");
            assertThat(probePath(container, "readinessProbe")).isEqualTo("/actuator/health/readiness");
            assertThat(probePath(container, "startupProbe")).isEqualTo("/actuator/health/liveness");
        }
    }

    @Test
    void everyEnvironmentVariableIsOneTheAppReadsAndEveryRequiredOneIsGiven() throws IOException {
        for (var app : APPS.entrySet()) {
            AppConfiguration configuration = configuration(app.getValue());
            Set<String> composeVariables =
                    map(service(app.getKey()).get("environment")).keySet();
            Set<String> kubernetesVariables = kubernetesVariables(app.getKey());

            for (String variable : union(composeVariables, kubernetesVariables)) {
                assertThat(STANDARD_VARIABLES.contains(variable)
                                || configuration.placeholders.contains(variable)
                                || configuration.bindsEnvironmentVariable(variable))
                        .as("%s reads %s", app.getValue(), variable)
                        .isTrue();
            }
            assertThat(composeVariables).containsAll(configuration.requiredPlaceholders);
            assertThat(kubernetesVariables).containsAll(configuration.requiredPlaceholders);
            assertThat(configuration.profiles)
                    .as("profiles of %s", app.getValue())
                    .contains("mysql");
        }
    }

    @Test
    void secretsComeFromTheEnvironmentAndEveryReferencedKeyIsInTheTemplate() throws IOException {
        Map<String, Object> template = map(kind("Secret", "emocare-secrets").get("stringData"));
        template.values()
                .forEach(value -> assertThat(value.toString())
                        .as("secret template values")
                        .isEmpty());
        for (Map<String, Object> document : kubernetes) {
            collectSecretKeys(document)
                    .forEach(
                            key -> assertThat(template).as("secret key %s", key).containsKey(key));
        }
        String composeText = Files.readString(ROOT.resolve("docker/compose.yaml"));
        Matcher literal = Pattern.compile("(?m)^\\s+(EMOCARE_\\w*(KEY|PASSWORD)\\w*):\\s*(\\S+)")
                .matcher(composeText);
        while (literal.find()) {
            assertThat(literal.group(3))
                    .as("compose value of %s", literal.group(1))
                    .startsWith("${");
        }
    }

    @Test
    void deploymentsAreHighlyAvailableAndBounded() {
        for (String app : APPS.keySet()) {
            Map<String, Object> spec = map(kind("Deployment", app).get("spec"));
            assertThat((Integer) spec.get("replicas")).as("replicas of %s", app).isGreaterThanOrEqualTo(2);
            Map<String, Object> resources = map(container(app).get("resources"));
            assertThat(map(resources.get("requests"))).containsKeys("cpu", "memory");
            assertThat(map(resources.get("limits"))).containsKeys("cpu", "memory");
            assertThat(map(map(kind("HorizontalPodAutoscaler", app).get("spec")).get("scaleTargetRef"))
                            .get("name"))
                    .isEqualTo(app);
            assertThat(map(map(map(kind("PodDisruptionBudget", app).get("spec")).get("selector"))
                                    .get("matchLabels"))
                            .get("app"))
                    .isEqualTo(app);
        }
    }

    @Test
    void onlyTheAppsReachMySqlAndOnlyTheHubReachesTheExternalSystems() {
        Map<String, Object> mysqlPolicy =
                map(kind("NetworkPolicy", "mysql-only-from-apps").get("spec"));
        Map<String, Object> from = map(
                list(map(list(mysqlPolicy.get("ingress")).get(0)).get("from")).get(0));
        assertThat(map(map(from.get("podSelector")).get("matchLabels"))).containsEntry("emocare/role", "app");
        assertThat(kind("NetworkPolicy", "default-deny")).isNotNull();
        Map<String, Object> external =
                map(kind("NetworkPolicy", "hub-to-external-systems").get("spec"));
        assertThat(map(map(external.get("podSelector")).get("matchLabels"))).containsEntry("app", "hub");
        for (String app : APPS.keySet()) {
            Map<String, Object> labels =
                    map(map(map(map(kind("Deployment", app).get("spec")).get("template"))
                                    .get("metadata"))
                            .get("labels"));
            assertThat(labels).containsEntry("emocare/role", "app");
        }
    }

    private static Set<String> kubernetesVariables(String app) {
        Set<String> variables = new HashSet<>(
                map(kind("ConfigMap", app + "-config").get("data")).keySet());
        Object env = container(app).get("env");
        if (env != null) {
            list(env).forEach(entry -> variables.add(map(entry).get("name").toString()));
        }
        return variables;
    }

    private static Set<String> collectSecretKeys(Object node) {
        Set<String> keys = new HashSet<>();
        if (node instanceof Map<?, ?> map) {
            Object reference = map.get("secretKeyRef");
            if (reference instanceof Map<?, ?> secret) {
                keys.add(secret.get("key").toString());
            }
            map.values().forEach(value -> keys.addAll(collectSecretKeys(value)));
        } else if (node instanceof List<?> list) {
            list.forEach(value -> keys.addAll(collectSecretKeys(value)));
        }
        return keys;
    }

    private static String probePath(Map<String, Object> container, String probe) {
        return map(map(container.get(probe)).get("httpGet")).get("path").toString();
    }

    private static Map<String, Object> service(String name) {
        return map(map(compose.get("services")).get(name));
    }

    private static Map<String, Object> container(String deployment) {
        Map<String, Object> podSpec =
                map(map(map(kind("Deployment", deployment).get("spec")).get("template"))
                        .get("spec"));
        return map(list(podSpec.get("containers")).get(0));
    }

    private static Map<String, Object> kind(String kind, String name) {
        return kubernetes.stream()
                .filter(document -> kind.equals(document.get("kind")))
                .filter(document -> name.equals(map(document.get("metadata")).get("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " named " + name + " in docker/k8s"));
    }

    private static final Map<String, AppConfiguration> CONFIGURATIONS = new HashMap<>();

    private static AppConfiguration configuration(String module) throws IOException {
        if (!CONFIGURATIONS.containsKey(module)) {
            CONFIGURATIONS.put(
                    module, AppConfiguration.of(ROOT.resolve(module + "/src/main/resources/application.yml")));
        }
        return CONFIGURATIONS.get(module);
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> union = new HashSet<>(first);
        union.addAll(second);
        return union;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }
}
