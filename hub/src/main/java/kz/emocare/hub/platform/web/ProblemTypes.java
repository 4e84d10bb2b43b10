package kz.emocare.hub.platform.web;

import java.net.URI;

/** Problem type URIs of the API: {@code urn:emocare:problem:<slug>}, one slug per kind of error. */
public final class ProblemTypes {

    private ProblemTypes() {}

    public static URI uri(String slug) {
        return URI.create("urn:emocare:problem:" + slug);
    }
}
