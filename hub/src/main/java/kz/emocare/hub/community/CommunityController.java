package kz.emocare.hub.community;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.UUID;
import kz.emocare.hub.person.People;
import kz.emocare.hub.platform.Actor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(
        name = "Communities",
        description =
                "Themed groups: administrators manage them; users, volunteers and psychologists join; psychologists"
                        + " and administrators moderate.")
@RestController
@RequestMapping("/api/v1/communities")
class CommunityController {

    private final Communities communities;
    private final People people;

    CommunityController(Communities communities, People people) {
        this.communities = communities;
        this.people = people;
    }

    @Operation(
            summary = "Communities",
            description = "Newest first. Filter by theme; joined=true lists only mine; archived ones on request.")
    @GetMapping
    Page<CommunityViews.CommunityView> list(
            Actor actor,
            @RequestParam(required = false) @Pattern(regexp = CommunityRequests.THEME) String theme,
            @RequestParam(defaultValue = "false") boolean joined,
            @RequestParam(defaultValue = "false") boolean includeArchived,
            Pageable page) {
        return communities
                .search(actor.requirePerson(), theme, joined, includeArchived, page)
                .map(CommunityViews.CommunityView::of);
    }

    @Operation(summary = "Create a community (administrators)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    CommunityViews.CommunityView create(Actor actor, @Valid @RequestBody CommunityRequests.CommunityRequest request) {
        Community community = communities.create(actor, request.toProfile());
        return CommunityViews.CommunityView.of(communities.overview(actor.requirePerson(), community.id()));
    }

    @Operation(summary = "One community")
    @GetMapping("/{communityId}")
    CommunityViews.CommunityView get(Actor actor, @PathVariable UUID communityId) {
        return CommunityViews.CommunityView.of(communities.overview(actor.requirePerson(), communityId));
    }

    @Operation(summary = "Replace a community's title, description and themes (administrators)")
    @PutMapping("/{communityId}")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    CommunityViews.CommunityView revise(
            Actor actor,
            @PathVariable UUID communityId,
            @Valid @RequestBody CommunityRequests.CommunityRequest request) {
        communities.revise(actor, communityId, request.toProfile());
        return CommunityViews.CommunityView.of(communities.overview(actor.requirePerson(), communityId));
    }

    @Operation(
            summary = "Archive a community (administrators)",
            description = "Members can still read it; nobody joins or posts any more.")
    @PostMapping("/{communityId}/archive")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    CommunityViews.CommunityView archive(Actor actor, @PathVariable UUID communityId) {
        communities.archive(actor, communityId);
        return CommunityViews.CommunityView.of(communities.overview(actor.requirePerson(), communityId));
    }

    @Operation(
            summary = "Join a community",
            description = "Users, volunteers and psychologists. Joining twice is harmless; a member removed by a"
                    + " moderator gets 409 until the block ends or they are re-admitted.")
    @PostMapping("/{communityId}/membership")
    @PreAuthorize("hasAnyRole('USER', 'VOLUNTEER', 'PSYCHOLOGIST')")
    CommunityViews.CommunityView join(Actor actor, @PathVariable UUID communityId) {
        communities.join(actor.requirePerson(), communityId);
        return CommunityViews.CommunityView.of(communities.overview(actor.requirePerson(), communityId));
    }

    @Operation(summary = "Leave a community", description = "Leaving one I am not a member of is harmless.")
    @DeleteMapping("/{communityId}/membership")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAnyRole('USER', 'VOLUNTEER', 'PSYCHOLOGIST')")
    void leave(Actor actor, @PathVariable UUID communityId) {
        communities.leave(actor.requirePerson(), communityId);
    }

    @Operation(summary = "Members of a community (moderators)", description = "Latest joined first; all statuses.")
    @GetMapping("/{communityId}/members")
    @PreAuthorize("hasAnyRole('PSYCHOLOGIST', 'ADMINISTRATOR')")
    Page<CommunityViews.MemberView> members(
            Actor actor,
            @PathVariable UUID communityId,
            @RequestParam(required = false) MembershipStatus status,
            Pageable page) {
        CommunityViews.Builder views = new CommunityViews.Builder(people, actor.requirePerson());
        return communities.members(communityId, status, page).map(views::member);
    }

    @Operation(
            summary = "Remove a member (moderators)",
            description = "With a reason; the person may not re-join for blockDays (30 by default) unless re-admitted.")
    @PostMapping("/{communityId}/members/{personId}/remove")
    @PreAuthorize("hasAnyRole('PSYCHOLOGIST', 'ADMINISTRATOR')")
    CommunityViews.MemberView removeMember(
            Actor actor,
            @PathVariable UUID communityId,
            @PathVariable UUID personId,
            @Valid @RequestBody CommunityRequests.RemovalRequest request) {
        Duration block = request.blockDays() == null ? null : Duration.ofDays(request.blockDays());
        CommunityMembership membership =
                communities.removeMember(actor, communityId, personId, request.reason(), block);
        return new CommunityViews.Builder(people, actor.requirePerson()).member(membership);
    }

    @Operation(summary = "Re-admit a removed member (moderators)", description = "They may join again at once.")
    @PostMapping("/{communityId}/members/{personId}/readmit")
    @PreAuthorize("hasAnyRole('PSYCHOLOGIST', 'ADMINISTRATOR')")
    CommunityViews.MemberView readmit(Actor actor, @PathVariable UUID communityId, @PathVariable UUID personId) {
        CommunityMembership membership = communities.readmit(actor, communityId, personId);
        return new CommunityViews.Builder(people, actor.requirePerson()).member(membership);
    }
}
