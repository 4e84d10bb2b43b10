package kz.emocare.contracts.school;

import java.util.List;

/** Names and limits of the school system's API that clients and the simulator share. */
public final class SchoolSystemApi {

    /** Classpath location of the OpenAPI 3 document. */
    public static final String OPENAPI_RESOURCE = "contracts/school-system.openapi.yaml";

    /** The header that carries the access token (not {@code Authorization}). */
    public static final String ACCESS_TOKEN_HEADER = "Access-Token";

    public static final String AUTHORIZE_PATH = "/oauth2";
    public static final String TOKEN_PATH = "/oauth2/token";
    public static final String USERS_ME_PATH = "/v2/users/me";
    public static final String USERS_ME_CONTEXT_PATH = "/v2/users/me/context";
    public static final String PERSON_SCHOOLS_PATH = "/v2/schools/person-schools";
    public static final String SCHOOL_EDU_GROUPS_PATH = "/v2/schools/{school}/edu-groups";
    public static final String EDU_GROUP_PERSONS_PATH = "/v2/edu-groups/{group}/persons";
    public static final String PERSON_PATH = "/v2/persons/{person}";

    /** Scopes a client may ask for. */
    public static final List<String> SCOPES =
            List.of("CommonInfo", "ContactInfo", "EducationalInfo", "Schools", "EduGroups");

    /** Paging: query parameters {@code page} (1-based) and {@code pageSize}. */
    public static final int DEFAULT_PAGE_SIZE = 100;

    public static final int MAXIMUM_PAGE_SIZE = 1000;

    private SchoolSystemApi() {}
}
