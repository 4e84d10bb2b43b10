package kz.emocare.hub.community;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import kz.emocare.hub.person.People;
import kz.emocare.hub.platform.Actor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(
        name = "Community posts",
        description = "Members read and post; moderators (psychologists, administrators) hide posts with a reason.")
@RestController
@RequestMapping("/api/v1/communities/{communityId}/posts")
class CommunityPostController {

    private final CommunityPosts posts;
    private final People people;

    CommunityPostController(CommunityPosts posts, People people) {
        this.posts = posts;
        this.people = people;
    }

    @Operation(
            summary = "Posts of a community",
            description = "Newest first. Members see posts that are not hidden and their own hidden ones (marked);"
                    + " moderators see all.")
    @GetMapping
    Page<CommunityViews.PostView> list(Actor actor, @PathVariable UUID communityId, Pageable page) {
        CommunityViews.Builder views = new CommunityViews.Builder(people, actor.requirePerson());
        return posts.visibleTo(actor, communityId, page).map(views::post);
    }

    @Operation(summary = "Post in a community (members)", description = "Up to 2,000 characters; stored encrypted.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('USER', 'VOLUNTEER', 'PSYCHOLOGIST')")
    CommunityViews.PostView publish(
            Actor actor, @PathVariable UUID communityId, @Valid @RequestBody CommunityRequests.PostRequest request) {
        CommunityPost post = posts.publish(actor.requirePerson(), communityId, request.text());
        return new CommunityViews.Builder(people, actor.requirePerson()).post(post);
    }

    @Operation(summary = "Hide a post (moderators)", description = "With a reason, which the author sees.")
    @PostMapping("/{postId}/hide")
    @PreAuthorize("hasAnyRole('PSYCHOLOGIST', 'ADMINISTRATOR')")
    CommunityViews.PostView hide(
            Actor actor,
            @PathVariable UUID communityId,
            @PathVariable long postId,
            @Valid @RequestBody CommunityRequests.HidingRequest request) {
        CommunityPost post = posts.hide(actor, communityId, postId, request.reason());
        return new CommunityViews.Builder(people, actor.requirePerson()).post(post);
    }

    @Operation(summary = "Show a hidden post again (moderators)")
    @PostMapping("/{postId}/unhide")
    @PreAuthorize("hasAnyRole('PSYCHOLOGIST', 'ADMINISTRATOR')")
    CommunityViews.PostView unhide(Actor actor, @PathVariable UUID communityId, @PathVariable long postId) {
        CommunityPost post = posts.unhide(actor, communityId, postId);
        return new CommunityViews.Builder(people, actor.requirePerson()).post(post);
    }
}
