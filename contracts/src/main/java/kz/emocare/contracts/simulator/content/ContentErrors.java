package kz.emocare.contracts.simulator.content;

import kz.emocare.contracts.content.Problem;
import kz.emocare.contracts.simulator.http.Json;
import kz.emocare.contracts.simulator.http.ProtocolErrors;
import kz.emocare.contracts.simulator.http.SimulatorResponse;

/** RFC 9457 problem details; {@code type} is a URN naming the problem. */
final class ContentErrors implements ProtocolErrors {

    @Override
    public SimulatorResponse error(int status, String code, String description) {
        Problem problem = new Problem("urn:problem:content-platform:" + code, title(status), status, description);
        return SimulatorResponse.withBody(status, SimulatorResponse.PROBLEM_JSON, Json.write(problem));
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 409 -> "Conflict";
            case 429 -> "Too Many Requests";
            default -> status >= 500 ? "Server Error" : "Error";
        };
    }
}
