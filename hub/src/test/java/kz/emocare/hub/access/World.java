package kz.emocare.hub.access;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import kz.emocare.contracts.identity.Role;
import kz.emocare.contracts.region.Region;
import kz.emocare.hub.chat.Conversation;
import kz.emocare.hub.chat.Conversations;
import kz.emocare.hub.community.Communities;
import kz.emocare.hub.community.Community;
import kz.emocare.hub.community.CommunityPosts;
import kz.emocare.hub.community.Translations;
import kz.emocare.hub.consent.Consent;
import kz.emocare.hub.consent.ConsentLedger;
import kz.emocare.hub.consent.ConsentPurpose;
import kz.emocare.hub.consent.DataCategory;
import kz.emocare.hub.person.Organization;
import kz.emocare.hub.person.OrganizationKind;
import kz.emocare.hub.person.OrganizationRepository;
import kz.emocare.hub.person.Person;
import kz.emocare.hub.platform.Actor;
import kz.emocare.hub.session.TherapySession;
import kz.emocare.hub.session.TherapySessions;
import kz.emocare.hub.support.TestClock;
import kz.emocare.hub.support.TestPeople;
import kz.emocare.hub.support.Tokens;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The people of the matrix: an owner with an assigned volunteer and psychologist and a treatment consent to a clinic,
 * and the people who must not see the owner's data; the owner's conversation with the volunteer, session with the
 * psychologist and a community the owner belongs to. Rows create further records through {@link #bean}.
 */
final class World {

    final ApplicationContext context;
    final Organization clinic;
    final Organization otherClinic;
    final Person owner;
    final Person otherUser;
    final Person volunteer;
    final Person psychologist;
    final Person otherPsychologist;
    final Person clinician;
    final Person otherClinician;
    final Person administrator;
    final Consent treatmentConsent;
    final Conversation conversation;
    final long ownerMessageId;
    final TherapySession session;
    final Community community;

    private final AtomicInteger slotHours = new AtomicInteger();

    World(ApplicationContext context) {
        this.context = context;
        TestPeople people = bean(TestPeople.class);
        OrganizationRepository organizations = bean(OrganizationRepository.class);
        clinic = organizations.save(clinic("Matrix clinic"));
        otherClinic = organizations.save(clinic("Other clinic"));
        owner = people.user();
        otherUser = people.user();
        volunteer = people.withRole(Role.VOLUNTEER);
        psychologist = people.withRole(Role.PSYCHOLOGIST);
        otherPsychologist = people.withRole(Role.PSYCHOLOGIST);
        clinician = people.clinicianAt(clinic.id());
        otherClinician = people.clinicianAt(otherClinic.id());
        administrator = people.withRole(Role.ADMINISTRATOR);
        people.assign(owner, volunteer);
        people.assign(owner, psychologist);
        treatmentConsent = bean(ConsentLedger.class)
                .grant(
                        owner.id(),
                        new ConsentLedger.Grant(
                                clinic.id(),
                                ConsentPurpose.TREATMENT,
                                Set.of(DataCategory.MOOD, DataCategory.SCREENING, DataCategory.SESSIONS),
                                new Consent.Terms(null, null, null, null)));
        Conversations chat = bean(Conversations.class);
        conversation = chat.open(owner.id(), volunteer.id()).overview().conversation();
        ownerMessageId = chat.send(owner.id(), conversation.id(), "Сәлем!", null)
                .message()
                .id();
        session = bookedSession();
        community = freshCommunity();
        bean(Communities.class).join(owner.id(), community.id());
        bean(CommunityPosts.class).publish(owner.id(), community.id(), "Бәріне сәлем 🙂");
    }

    /** A new treatment consent of the owner, for rows that revoke one. */
    Consent freshConsentOfOwner() {
        return bean(ConsentLedger.class)
                .grant(
                        owner.id(),
                        new ConsentLedger.Grant(
                                clinic.id(),
                                ConsentPurpose.TREATMENT,
                                Set.of(DataCategory.MOOD),
                                new Consent.Terms(null, null, null, null)));
    }

    /** A start time for a new slot: on the hour, weeks ahead, a different hour on every call (slots never overlap). */
    Instant nextSlotStart() {
        return bean(TestClock.class)
                .instant()
                .truncatedTo(ChronoUnit.HOURS)
                .plus(Duration.ofDays(20))
                .plus(Duration.ofHours(slotHours.incrementAndGet()));
    }

    /** A new session of the owner with the assigned psychologist, weeks ahead (so either side may cancel it). */
    TherapySession bookedSession() {
        return bookedSession(nextSlotStart());
    }

    private TherapySession bookedSession(Instant start) {
        TherapySessions sessions = bean(TherapySessions.class);
        return sessions.book(
                owner.id(), sessions.publish(psychologist.id(), start, null).id());
    }

    /**
     * A new session of the owner with the assigned psychologist that has already started: published and booked with
     * the clock set back, so that the psychologist may now mark it completed or no-show.
     */
    TherapySession startedSession() {
        TestClock clock = bean(TestClock.class);
        Instant now = clock.instant().truncatedTo(ChronoUnit.HOURS);
        Instant start = now.minus(Duration.ofDays(10)).plus(Duration.ofHours(slotHours.incrementAndGet()));
        clock.pin(start.minus(Duration.ofHours(1)));
        try {
            return bookedSession(start);
        } finally {
            clock.release();
        }
    }

    /** A new active community created by the administrator. */
    Community freshCommunity() {
        return bean(Communities.class)
                .create(
                        actor(Who.ADMINISTRATOR),
                        new Community.Profile(
                                new Translations("Қауымдастық", "Сообщество", "Matrix community"),
                                null,
                                Set.of("matrix")));
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** The person behind an actor of the matrix, or {@code null} for machines and anonymous callers. */
    Person person(Who who) {
        return switch (who) {
            case OWNER -> owner;
            case OTHER_USER -> otherUser;
            case ASSIGNED_VOLUNTEER -> volunteer;
            case ASSIGNED_PSYCHOLOGIST -> psychologist;
            case OTHER_PSYCHOLOGIST -> otherPsychologist;
            case CONSENTED_CLINICIAN -> clinician;
            case OTHER_CLINICIAN -> otherClinician;
            case ADMINISTRATOR -> administrator;
            case MACHINE, ANONYMOUS -> null;
        };
    }

    /** The actor as a service would see it, for rows that create records on someone's behalf. */
    Actor actor(Who who) {
        Person person = person(who);
        return new Actor(
                person.id().toString(), person.id(), person.roles(), person.organizationId(), Set.of("hub.api"));
    }

    /** The token of a new person with the roles and organisation of the actor's person. */
    RequestPostProcessor freshToken(Who who) {
        Person template = person(who);
        if (template == null) {
            return token(who);
        }
        Person fresh = bean(TestPeople.class).like(template);
        return Tokens.personAt(fresh.id(), fresh.organizationId(), fresh.roles().toArray(Role[]::new));
    }

    /** The token of an actor, or {@code null} for anonymous calls. */
    RequestPostProcessor token(Who who) {
        if (who == Who.ANONYMOUS) {
            return null;
        }
        if (who == Who.MACHINE) {
            return Tokens.machine("matrix-partner", "hub.api");
        }
        Person person = person(who);
        return Tokens.personAt(
                person.id(), person.organizationId(), person.roles().toArray(Role[]::new));
    }

    private static Organization clinic(String name) {
        return new Organization(
                UUID.randomUUID(),
                OrganizationKind.CLINIC,
                name,
                Region.ALMATY,
                "test",
                UUID.randomUUID().toString(),
                Instant.now());
    }
}
