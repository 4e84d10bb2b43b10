package kz.emocare.contracts.simulator.medical;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import kz.emocare.contracts.demo.DemoDirectory;
import kz.emocare.contracts.medical.EhrLaunchContext;
import kz.emocare.contracts.medical.MedicalSystemFhir;
import kz.emocare.contracts.simulator.http.BadRequestException;
import kz.emocare.contracts.simulator.http.Html;
import kz.emocare.contracts.simulator.http.LocalRedirects;
import kz.emocare.contracts.simulator.http.SimulatorRequest;
import kz.emocare.contracts.simulator.http.SimulatorResponse;
import kz.emocare.contracts.simulator.population.Population;
import org.hl7.fhir.r4.model.Patient;

/**
 * The medical system's own pages: a patient list, a patient page with the SMART EHR-launch link ("Launch Emocare",
 * {@code iss} = the hub's FHIR base, {@code launch} = an opaque id valid for an hour), and the launch-context look-up
 * the hub's auth-server uses to learn which patient a {@code launch} names.
 */
final class EhrPages {

    private static final Duration LAUNCH_LIFETIME = Duration.ofHours(1);
    private static final int PUPILS_LISTED = 8;

    private final Population population;
    private final PatientDirectory patients;
    private final Clock clock;
    private final String launchUrl;
    private final String hubFhirBase;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, EhrLaunchContext> launches = new ConcurrentHashMap<>();

    EhrPages(Population population, PatientDirectory patients, Clock clock, String launchUrl, String hubFhirBase) {
        this.population = population;
        this.patients = patients;
        this.clock = clock;
        this.launchUrl = launchUrl;
        this.hubFhirBase = hubFhirBase;
    }

    SimulatorResponse patientList(SimulatorRequest request) {
        StringBuilder body = new StringBuilder("<h1>Patients — ")
                .append(Html.escape(DemoDirectory.CLINIC.name()))
                .append("</h1>\n<p class=\"hint\">Medical system simulator.</p>\n<ul>\n");
        for (int number = 0; number < population.citizens().all().size(); number++) {
            listItem(body, patients.byId("pt-c" + number));
        }
        for (int index = 0; index < PUPILS_LISTED; index++) {
            population
                    .pupil(index)
                    .filter(population::isPatient)
                    .ifPresent(pupil -> listItem(body, patients.byId("pt-p" + pupil.index())));
        }
        body.append("</ul>\n");
        return SimulatorResponse.withText(200, SimulatorResponse.HTML, Html.page("en", "Patients", body.toString()));
    }

    SimulatorResponse patientPage(SimulatorRequest request) {
        Patient patient = patients.byId(request.pathVariable("id"))
                .orElseThrow(() -> new BadRequestException(404, "not_found", "no such patient"));
        String launch = newLaunch(patient);
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("iss", hubFhirBase);
        parameters.put("launch", launch);
        String link = LocalRedirects.withParameters(launchUrl, parameters);
        String body = "<h1>" + nameOf(patient) + "</h1>\n<dl>\n"
                + "<dt>Born</dt><dd>"
                + Html.escape(patient.getBirthDateElement().getValueAsString()) + "</dd>\n"
                + "<dt>Sex</dt><dd>" + Html.escape(patient.getGender().getDisplay()) + "</dd>\n"
                + "<dt>IIN</dt><dd>"
                + Html.escape(patient.getIdentifierFirstRep().getValue()) + "</dd>\n"
                + "<dt>Patient id</dt><dd>" + Html.escape(patient.getIdPart()) + "</dd>\n"
                + "</dl>\n<p><a class=\"button\" id=\"launch-emocare\" href=\"" + Html.escape(link)
                + "\">Launch Emocare</a></p>\n"
                + "<p class=\"hint\">Opens Emocare's clinician view for this patient (SMART EHR launch).</p>\n";
        return SimulatorResponse.withText(200, SimulatorResponse.HTML, Html.page("en", "Patient record", body));
    }

    SimulatorResponse launchContext(SimulatorRequest request) {
        EhrLaunchContext context = Optional.ofNullable(launches.get(request.pathVariable("launch")))
                .filter(found -> clock.instant().isBefore(found.expiresAt()))
                .orElseThrow(() -> new BadRequestException(404, "not_found", "unknown or expired launch"));
        return SimulatorResponse.json(200, context);
    }

    private String newLaunch(Patient patient) {
        Instant now = clock.instant();
        launches.values().removeIf(context -> !now.isBefore(context.expiresAt()));
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        String launch = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String organization = patient.getManagingOrganization().getReference().substring("Organization/".length());
        launches.put(
                launch,
                new EhrLaunchContext(
                        launch,
                        patient.getIdPart(),
                        patient.getIdentifierFirstRep().getValue(),
                        MedicalSystemFhir.DEMO_PRACTITIONER_ID,
                        organization,
                        hubFhirBase,
                        now.plus(LAUNCH_LIFETIME)));
        return launch;
    }

    private static void listItem(StringBuilder body, Optional<Patient> patient) {
        patient.ifPresent(found -> body.append("<li><a href=\"/ehr/patients/")
                .append(Html.escape(found.getIdPart()))
                .append("\">")
                .append(nameOf(found))
                .append("</a></li>\n"));
    }

    private static String nameOf(Patient patient) {
        return "<span lang=\"kk\">" + Html.escape(patient.getNameFirstRep().getText()) + "</span>";
    }
}
