package kz.emocare.contracts.simulator.population;

import java.time.LocalDate;
import kz.emocare.contracts.region.Region;

/**
 * A synthetic person as the national registry knows them.
 *
 * @param iin a valid IIN, or {@code null} for the rare person without one
 */
public record SyntheticPerson(PersonName name, Sex sex, LocalDate birthDate, String iin, Region region) {}
