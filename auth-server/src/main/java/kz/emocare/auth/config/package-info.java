/** Wiring of Emocare ID: typed settings, the security filter chains and the Spring Authorization Server beans. */
package kz.emocare.auth.config;
