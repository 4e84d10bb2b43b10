/**
 * Crisis requests: a person asks for help (the help button) or a screening flags a risk; a psychologist acknowledges
 * and resolves the request. The help lines are shown to the person at once, from configuration. Other features open a
 * request through {@link kz.emocare.hub.crisis.CrisisDesk#openForScreening}.
 */
package kz.emocare.hub.crisis;
