/**
 * The mood tracker: entries (a level 0–10, tags, an encrypted note, the time and the person's time zone), a person's
 * history and trends over 7, 30 or 90 local days. Owners keep their own entries; a clinician reads them only under a
 * treatment consent covering mood, and every such read goes to the disclosure log.
 */
package kz.emocare.hub.mood;
