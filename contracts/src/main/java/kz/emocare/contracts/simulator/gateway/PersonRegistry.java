package kz.emocare.contracts.simulator.gateway;

import java.time.LocalDate;
import java.util.Optional;
import kz.emocare.contracts.gateway.NationalGateway;
import kz.emocare.contracts.gateway.data.LookupOutcome;
import kz.emocare.contracts.gateway.data.PersonLookupResult;
import kz.emocare.contracts.gateway.data.PersonRecord;
import kz.emocare.contracts.gateway.data.Sex;
import kz.emocare.contracts.gateway.data.VitalStatus;
import kz.emocare.contracts.iin.Iin;
import kz.emocare.contracts.simulator.population.Population;
import kz.emocare.contracts.simulator.population.Pupil;
import kz.emocare.contracts.simulator.population.RegistryAnomaly;
import kz.emocare.contracts.simulator.population.Seeds;
import kz.emocare.contracts.simulator.population.SyntheticPerson;

/**
 * The national person registry behind {@code GBDFL_PERSON_LOOKUP}: the same people as the school system, with the
 * population's deliberate anomalies (another last name, a deceased flag, an unknown IIN) applied on the registry side.
 */
final class PersonRegistry {

    private static final String[] REGISTRY_LAST_NAMES = {"Жұмабекова", "Нұрпейісов", "Әлиева", "Сманов", "Ким"};

    private final Population population;

    PersonRegistry(Population population) {
        this.population = population;
    }

    PersonLookupResult lookup(String iin) {
        if (!Iin.isValid(iin)) {
            throw new SoapFaultException(
                    true, NationalGateway.ErrorCodes.INVALID_IIN, "the IIN fails the check-digit rule");
        }
        PersonLookupResult result = new PersonLookupResult();
        Optional<PersonRecord> record = find(iin);
        result.setOutcome(record.isPresent() ? LookupOutcome.FOUND : LookupOutcome.NOT_FOUND);
        result.setPerson(record.orElse(null));
        return result;
    }

    private Optional<PersonRecord> find(String iin) {
        Optional<PersonRecord> citizen =
                population.citizens().byIin(iin).map(person -> record(person, 0, RegistryAnomaly.NONE));
        if (citizen.isPresent()) {
            return citizen;
        }
        return population
                .pupilByIin(iin)
                .filter(pupil -> pupil.anomaly() != RegistryAnomaly.NOT_IN_REGISTRY)
                .map(this::record);
    }

    private PersonRecord record(Pupil pupil) {
        return record(pupil.person(), pupil.index(), pupil.anomaly());
    }

    private PersonRecord record(SyntheticPerson person, int index, RegistryAnomaly anomaly) {
        PersonRecord record = new PersonRecord();
        record.setIin(person.iin());
        record.setLastName(
                anomaly == RegistryAnomaly.LAST_NAME_MISMATCH
                        ? otherLastName(person, index)
                        : person.name().lastName());
        record.setFirstName(person.name().firstName());
        record.setMiddleName(person.name().middleName());
        record.setBirthDate(XmlDates.date(person.birthDate()));
        record.setSex(person.sex() == kz.emocare.contracts.simulator.population.Sex.FEMALE ? Sex.FEMALE : Sex.MALE);
        record.setRegionCode(person.region().name());
        record.setRegionName(person.region().displayName("kk"));
        boolean deceased = anomaly == RegistryAnomaly.DECEASED;
        record.setVitalStatus(deceased ? VitalStatus.DECEASED : VitalStatus.ALIVE);
        record.setDeathDate(deceased ? XmlDates.date(deathDate(index)) : null);
        return record;
    }

    private String otherLastName(SyntheticPerson person, int index) {
        String candidate = REGISTRY_LAST_NAMES[
                Seeds.below(REGISTRY_LAST_NAMES.length, population.settings().seed(), index, 601)];
        return candidate.equals(person.name().lastName()) ? candidate + "а" : candidate;
    }

    private LocalDate deathDate(int index) {
        return LocalDate.of(population.settings().academicYear(), 9, 1)
                .minusDays(Seeds.below(300, population.settings().seed(), index, 602));
    }
}
