package kz.emocare.hub.access;

import static kz.emocare.hub.access.Who.ADMINISTRATOR;

import java.util.List;
import org.springframework.http.HttpMethod;

class AuditAccessRows implements AccessRows {

    @Override
    public List<Row> rows() {
        return List.of(
                Row.get("/api/v1/audit/events", Who.only(ADMINISTRATOR)),
                Row.get("/api/v1/audit/verification", Who.only(ADMINISTRATOR)),
                Row.call(
                        HttpMethod.POST,
                        "/api/v1/audit/events",
                        world -> new Object[0],
                        (world, who) -> "{\"action\":\"signin.password\",\"actor\":\"x\",\"outcome\":\"SUCCESS\"}",
                        Who.nobody()));
    }
}
