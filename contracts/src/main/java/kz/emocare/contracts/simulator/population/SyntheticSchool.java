package kz.emocare.contracts.simulator.population;

import kz.emocare.contracts.region.Region;

/**
 * A school of the simulated school system.
 *
 * @param type the school system's type label (Regular, Gymnasium, Lyceum, Specialized)
 */
public record SyntheticSchool(int index, long id, String name, String type, Region region, String city) {}
