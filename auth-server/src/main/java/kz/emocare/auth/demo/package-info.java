/**
 * The demo profile: local accounts for the people of {@code DemoDirectory} (staff with the demo TOTP secret already
 * enrolled) and the demo clients — the hub's web client, a machine client, a government client with private_key_jwt,
 * the medical system's launcher and the SMART app. Never active outside {@code --spring.profiles.active=demo}.
 */
package kz.emocare.auth.demo;
