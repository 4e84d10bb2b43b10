/**
 * The role matrix: every REST endpoint, called by every kind of actor, must be allowed or denied exactly as the
 * access rules say. Each feature contributes its rows in an {@link kz.emocare.hub.access.AccessRows} class.
 */
package kz.emocare.hub.access;
