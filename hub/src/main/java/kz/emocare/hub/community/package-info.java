/**
 * Themed communities: administrators create and manage them; users, volunteers and psychologists join and post;
 * psychologists and administrators moderate (hide a post, remove a member for a while). Posts are encrypted at rest
 * and visible to members only; every moderation action goes to the audit trail.
 */
package kz.emocare.hub.community;
