package kz.emocare.contracts.simulator.population;

/** Sex as the registries record it (digit 7 of the IIN is odd for male, even for female). */
public enum Sex {
    MALE,
    FEMALE
}
