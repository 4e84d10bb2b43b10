/**
 * The synthetic population behind the simulators: regions, schools, classes, pupils with Kazakh and Russian names
 * and valid IINs, adults, and the registry's (sometimes deliberately different) view of them. Every value is derived
 * from a seed and an index, so 200,000 pupils cost no memory until asked for.
 */
package kz.emocare.contracts.simulator.population;
