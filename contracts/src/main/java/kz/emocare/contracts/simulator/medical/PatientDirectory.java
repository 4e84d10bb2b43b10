package kz.emocare.contracts.simulator.medical;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kz.emocare.contracts.demo.DemoDirectory;
import kz.emocare.contracts.medical.MedicalSystemFhir;
import kz.emocare.contracts.region.Region;
import kz.emocare.contracts.simulator.population.Population;
import kz.emocare.contracts.simulator.population.Pupil;
import kz.emocare.contracts.simulator.population.RegistryAnomaly;
import kz.emocare.contracts.simulator.population.Sex;
import kz.emocare.contracts.simulator.population.SyntheticPerson;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;

/**
 * The medical system's patients, organisations and practitioners, computed from the population: every citizen and a
 * share of the pupils are patients. Patient ids never contain the IIN ({@code pt-p<n>} for pupils, {@code pt-c<n>}
 * for adults). Patients in Almaty belong to the demo clinic, others to their region's polyclinic.
 */
final class PatientDirectory {

    private static final String PUPIL_PREFIX = "pt-p";
    private static final String CITIZEN_PREFIX = "pt-c";
    private static final String POLYCLINIC_PREFIX = "org-polyclinic-";

    private final Population population;

    PatientDirectory(Population population) {
        this.population = population;
    }

    Optional<Patient> byIin(String iin) {
        List<SyntheticPerson> citizens = population.citizens().all();
        for (int number = 0; number < citizens.size(); number++) {
            if (iin.equals(citizens.get(number).iin())) {
                return Optional.of(patient(CITIZEN_PREFIX + number, citizens.get(number), false));
            }
        }
        return population.pupilByIin(iin).filter(population::isPatient).map(this::patient);
    }

    Optional<Patient> byId(String id) {
        if (id.startsWith(CITIZEN_PREFIX)) {
            return number(id, CITIZEN_PREFIX)
                    .filter(number -> number < population.citizens().all().size())
                    .map(number -> patient(id, population.citizens().all().get(number), false));
        }
        if (id.startsWith(PUPIL_PREFIX)) {
            return number(id, PUPIL_PREFIX)
                    .flatMap(population::pupil)
                    .filter(population::isPatient)
                    .map(this::patient);
        }
        return Optional.empty();
    }

    Optional<Organization> organization(String id) {
        if (id.equals(DemoDirectory.CLINIC.externalId())) {
            return Optional.of(organization(id, DemoDirectory.CLINIC.name()));
        }
        if (!id.startsWith(POLYCLINIC_PREFIX)) {
            return Optional.empty();
        }
        String code = id.substring(POLYCLINIC_PREFIX.length())
                .toUpperCase(Locale.ROOT)
                .replace('-', '_');
        return Region.fromCode(code).map(region -> organization(id, region.centre() + " облыстық емханасы"));
    }

    Optional<Practitioner> practitioner(String id) {
        if (!id.equals(MedicalSystemFhir.DEMO_PRACTITIONER_ID)) {
            return Optional.empty();
        }
        String[] names = DemoDirectory.CLINICIAN.displayName().split(" ");
        Practitioner practitioner = new Practitioner();
        practitioner.setId(id);
        practitioner.addName().setFamily(names[1]).addGiven(names[0]).setText(DemoDirectory.CLINICIAN.displayName());
        practitioner.setActive(true);
        return Optional.of(practitioner);
    }

    static String organizationOf(Region region) {
        return region == Region.ALMATY
                ? DemoDirectory.CLINIC.externalId()
                : POLYCLINIC_PREFIX + region.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private Patient patient(Pupil pupil) {
        return patient(PUPIL_PREFIX + pupil.index(), pupil.person(), pupil.anomaly() == RegistryAnomaly.DECEASED);
    }

    private static Patient patient(String id, SyntheticPerson person, boolean deceased) {
        Patient patient = new Patient();
        patient.setId(id);
        patient.addIdentifier().setSystem(MedicalSystemFhir.IIN_SYSTEM).setValue(person.iin());
        patient.setActive(true);
        HumanName name = patient.addName()
                .setUse(HumanName.NameUse.OFFICIAL)
                .setFamily(person.name().lastName())
                .addGiven(person.name().firstName())
                .setText(person.name().fullName());
        if (person.name().middleName() != null) {
            name.addGiven(person.name().middleName());
        }
        patient.setGender(person.sex() == Sex.FEMALE ? AdministrativeGender.FEMALE : AdministrativeGender.MALE);
        patient.setBirthDateElement(new DateType(person.birthDate().toString()));
        patient.addAddress()
                .setCity(person.region().centre())
                .setState(person.region().displayName("kk"))
                .setCountry("KZ");
        if (deceased) {
            patient.setDeceased(new org.hl7.fhir.r4.model.BooleanType(true));
        }
        patient.setManagingOrganization(new Reference("Organization/" + organizationOf(person.region())));
        return patient;
    }

    private static Organization organization(String id, String name) {
        Organization organization = new Organization();
        organization.setId(id);
        organization
                .addIdentifier()
                .setSystem(MedicalSystemFhir.ORGANIZATION_SYSTEM)
                .setValue(id);
        organization.setName(name);
        organization.setActive(true);
        return organization;
    }

    private static Optional<Integer> number(String id, String prefix) {
        String digits = id.substring(prefix.length());
        return digits.matches("\\d{1,9}") ? Optional.of(Integer.parseInt(digits)) : Optional.empty();
    }
}
