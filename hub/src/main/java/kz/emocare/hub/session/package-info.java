/**
 * Therapy sessions: psychologists publish time slots, users book a slot of their assigned psychologist, and a session
 * moves from scheduled to completed, cancelled or no-show. Each session has an unguessable meeting link. Bookings and
 * outcomes are published as events with ids only, for reports and the FHIR Appointment face.
 */
package kz.emocare.hub.session;
