package kz.emocare.hub.mood;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kz.emocare.hub.platform.Actor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(
        name = "Mood tracker",
        description = "Record my mood (0–10, tags, a private note), see my history and trends; clinicians read a "
                + "patient's levels under consent.")
@RestController
@RequestMapping("/api/v1")
class MoodController {

    private final MoodTracker tracker;

    MoodController(MoodTracker tracker) {
        this.tracker = tracker;
    }

    @Operation(
            summary = "Record my mood",
            description = "Level 0 (worst) to 10 (best); up to 5 tags of the vocabulary, up to 3 custom tags and a "
                    + "note (both private and encrypted). recordedAt defaults to now, timeZone (IANA) to Asia/Almaty.")
    @PostMapping("/me/mood-entries")
    @PreAuthorize("hasRole('USER')")
    ResponseEntity<MoodViews.OwnEntry> record(Actor actor, @Valid @RequestBody EntryBody body) {
        MoodEntry entry = tracker.record(actor.requirePerson(), body.toDraft(), body.recordedAt());
        return ResponseEntity.created(URI.create("/api/v1/me/mood-entries/" + entry.id()))
                .body(MoodViews.OwnEntry.of(entry));
    }

    @Operation(summary = "My mood history, newest first", description = "Optional period: from, until (instants).")
    @GetMapping("/me/mood-entries")
    @PreAuthorize("hasRole('USER')")
    Page<MoodViews.OwnEntry> history(
            Actor actor,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant until,
            Pageable page) {
        return tracker.history(actor.requirePerson(), from, until, page).map(MoodViews.OwnEntry::of);
    }

    @Operation(summary = "One of my mood entries")
    @GetMapping("/me/mood-entries/{entryId}")
    @PreAuthorize("hasRole('USER')")
    MoodViews.OwnEntry one(Actor actor, @PathVariable long entryId) {
        return MoodViews.OwnEntry.of(tracker.ownedBy(actor.requirePerson(), entryId));
    }

    @Operation(summary = "Delete one of my mood entries")
    @DeleteMapping("/me/mood-entries/{entryId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('USER')")
    void delete(Actor actor, @PathVariable long entryId) {
        tracker.delete(actor.requirePerson(), entryId);
    }

    @Operation(
            summary = "My mood trend over 7, 30 or 90 days",
            description = "Mean, lowest, highest, count, one point per local day and the direction. Days are those of "
                    + "zone (IANA), default: the zone of my latest entry.")
    @GetMapping("/me/mood-trends")
    @PreAuthorize("hasRole('USER')")
    MoodTrend trend(
            Actor actor,
            @RequestParam(defaultValue = "30") int days,
            @RequestParam(required = false) @Size(max = 64) String zone) {
        return tracker.trend(actor.requirePerson(), days, zone);
    }

    @Operation(summary = "The mood tag vocabulary", description = "Language: kk, ru or en (default kk).")
    @GetMapping("/mood/tags")
    List<MoodViews.Tag> tags(
            @RequestParam(defaultValue = "kk") @Pattern(regexp = "(?i)kk|ru|en", message = "must be kk, ru or en")
                    String language) {
        return Arrays.stream(MoodTag.values())
                .map(tag -> new MoodViews.Tag(tag, tag.label().in(language)))
                .toList();
    }

    @Operation(
            summary = "A patient's mood entries (clinicians, under consent)",
            description = "Levels, vocabulary tags and times, never notes. Only under a treatment consent in force "
                    + "naming my organisation and covering mood, and only entries inside its data period; otherwise "
                    + "404, as for an unknown person. Every read is recorded in the patient's disclosure log.")
    @GetMapping("/patients/{personId}/mood-entries")
    @PreAuthorize("hasRole('CLINICIAN')")
    Page<MoodReading> patientHistory(
            Actor actor,
            @PathVariable UUID personId,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant until,
            Pageable page) {
        return tracker.patientHistory(actor, personId, from, until, page);
    }

    @Operation(
            summary = "A patient's mood trend (clinicians, under consent)",
            description = "As my own trend, computed only from the entries the consent covers.")
    @GetMapping("/patients/{personId}/mood-trends")
    @PreAuthorize("hasRole('CLINICIAN')")
    MoodTrend patientTrend(
            Actor actor,
            @PathVariable UUID personId,
            @RequestParam(defaultValue = "30") int days,
            @RequestParam(required = false) @Size(max = 64) String zone) {
        return tracker.patientTrend(actor, personId, days, zone);
    }

    /**
     * A mood entry as sent.
     *
     * @param recordedAt when I felt so; default now
     * @param timeZone my IANA time zone, e.g. Asia/Almaty
     */
    record EntryBody(
            @NotNull @Min(MoodEntryDraft.MIN_LEVEL) @Max(MoodEntryDraft.MAX_LEVEL)
            Integer level,

            @Size(max = MoodEntryDraft.MAX_TAGS) Set<@NotNull MoodTag> tags,

            @Size(max = MoodEntryDraft.MAX_CUSTOM_TAGS)
            List<@NotNull @Size(min = 1, max = MoodEntryDraft.MAX_CUSTOM_TAG_LENGTH) String> customTags,

            @Size(max = MoodEntryDraft.MAX_NOTE_LENGTH) String note,
            Instant recordedAt,
            @Size(max = 64) String timeZone) {

        MoodEntryDraft toDraft() {
            return new MoodEntryDraft(level, tags, customTags, note, timeZone);
        }
    }
}
