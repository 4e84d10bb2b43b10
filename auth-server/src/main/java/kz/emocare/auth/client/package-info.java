/** The registry of OAuth clients: Spring Authorization Server's JDBC store behind a short-lived cache. */
package kz.emocare.auth.client;
