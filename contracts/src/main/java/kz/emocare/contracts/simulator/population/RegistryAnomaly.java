package kz.emocare.contracts.simulator.population;

/**
 * Deliberate disagreements between the school system and the national registry, so that identity verification has
 * something to surface to administrators.
 */
public enum RegistryAnomaly {
    NONE,
    /** The registry has another last name (e.g. changed after a marriage of the parents or a spelling reform). */
    LAST_NAME_MISMATCH,
    /** The school system has a mistyped birthday; the registry's matches the IIN. */
    BIRTH_DATE_MISMATCH,
    /** The registry records the person as deceased. */
    DECEASED,
    /** The registry does not know the IIN. */
    NOT_IN_REGISTRY
}
