package kz.emocare.contracts.demo;

import java.util.List;
import java.util.UUID;
import kz.emocare.contracts.identity.Role;

/**
 * Fixed demo people and organisations. The ids are stable so that a demo student's school account, the hub's person
 * and the auth-server's account line up across restarts.
 */
public final class DemoDirectory {

    /** Password of every demo local account; long enough and not on the common-password list. */
    public static final String DEMO_PASSWORD = "calm-river-demo-2026";

    /** Base32 TOTP secret (160 bits) of the demo staff accounts, so an authenticator app can be set up by hand. */
    public static final String DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    public static final DemoOrganization SCHOOL = new DemoOrganization(
            UUID.fromString("00000000-0000-4000-8000-000000000201"),
            "School-gymnasium No. 1",
            DemoOrganization.Kind.SCHOOL,
            "ALMATY",
            "1001");

    public static final DemoOrganization CLINIC = new DemoOrganization(
            UUID.fromString("00000000-0000-4000-8000-000000000202"),
            "City Polyclinic No. 5",
            DemoOrganization.Kind.CLINIC,
            "ALMATY",
            "org-clinic-5");

    /** A pupil who signs in with the school account; identity sync knows her as school-system user 1000000001. */
    public static final DemoAccount STUDENT = new DemoAccount(
            UUID.fromString("00000000-0000-4000-8000-000000000101"),
            "aruzhan",
            "Аружан Серікқызы",
            Role.USER,
            "aruzhan@school.example.kz",
            "kk",
            "1000000001",
            "100515600038",
            SCHOOL.id());

    /** An adult who signs in with the national identity (eGov). */
    public static final DemoAccount ADULT = new DemoAccount(
            UUID.fromString("00000000-0000-4000-8000-000000000102"),
            "dauren",
            "Даурен Ахметов",
            Role.USER,
            "dauren@example.kz",
            "ru",
            null,
            "900101300017",
            null);

    public static final DemoAccount VOLUNTEER = new DemoAccount(
            UUID.fromString("00000000-0000-4000-8000-000000000103"),
            "volunteer",
            "Мария Иванова",
            Role.VOLUNTEER,
            "volunteer@emocare.example.kz",
            "ru",
            null,
            null,
            null);

    public static final DemoAccount PSYCHOLOGIST = new DemoAccount(
            UUID.fromString("00000000-0000-4000-8000-000000000104"),
            "psychologist",
            "Айгерім Нұрланқызы",
            Role.PSYCHOLOGIST,
            "psychologist@emocare.example.kz",
            "kk",
            null,
            null,
            null);

    public static final DemoAccount CLINICIAN = new DemoAccount(
            UUID.fromString("00000000-0000-4000-8000-000000000105"),
            "clinician",
            "Ерлан Беков",
            Role.CLINICIAN,
            "clinician@clinic5.example.kz",
            "ru",
            null,
            null,
            CLINIC.id());

    public static final DemoAccount ADMINISTRATOR = new DemoAccount(
            UUID.fromString("00000000-0000-4000-8000-000000000106"),
            "admin",
            "Emocare Administrator",
            Role.ADMINISTRATOR,
            "admin@emocare.example.kz",
            "en",
            null,
            null,
            null);

    public static final List<DemoAccount> ACCOUNTS =
            List.of(STUDENT, ADULT, VOLUNTEER, PSYCHOLOGIST, CLINICIAN, ADMINISTRATOR);

    /** A machine client for trying the API (client_credentials). */
    public static final String DEMO_MACHINE_CLIENT_ID = "demo-machine";

    private DemoDirectory() {}

    /**
     * A demo person.
     *
     * @param schoolSystemUserId the person's user id in the school system, or {@code null}
     * @param iin a valid IIN, or {@code null}
     * @param organizationId the school (students) or clinic (clinicians), or {@code null}
     */
    public record DemoAccount(
            UUID personId,
            String username,
            String displayName,
            Role role,
            String email,
            String language,
            String schoolSystemUserId,
            String iin,
            UUID organizationId) {}

    /** A demo school or clinic, with its id in the external system (school system, medical system). */
    public record DemoOrganization(UUID id, String name, Kind kind, String region, String externalId) {

        public enum Kind {
            SCHOOL,
            CLINIC
        }
    }
}
