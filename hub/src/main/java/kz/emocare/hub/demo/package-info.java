/**
 * Demo data for a first run (profile {@code demo}): organisations, the demo people of {@link
 * kz.emocare.contracts.demo.DemoDirectory} with their linked accounts and care assignments. Each feature seeds its own
 * records in its own package, after this one ({@code @Order} 20 and later).
 */
package kz.emocare.hub.demo;
