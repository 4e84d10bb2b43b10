package kz.emocare.contracts.simulator.population;

/** What one step of the roster's generation changed. */
public record GenerationChange(int generation, int moved, int departed, int joined) {}
