package kz.emocare.contracts.simulator.population;

import kz.emocare.contracts.region.Region;

/** A school of the simulated school system. */
public record SyntheticSchool(int index, long id, String name, Region region, String city) {}
