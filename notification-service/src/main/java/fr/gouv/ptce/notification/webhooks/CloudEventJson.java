package fr.gouv.ptce.notification.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.gouv.ptce.commons.inbox.IncomingEvent;

/** The CloudEvent in structured mode (JSON event format 1.0), as partners receive it. */
final class CloudEventJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CloudEventJson() {
    }

    /**
     * The event's attributes with {@code data} in place of what it carried: partners get the
     * partner view of it ({@link VuePartenaire}), never the internal data.
     */
    static String ecrire(IncomingEvent e, JsonNode data) {
        ObjectNode ce = MAPPER.createObjectNode();
        ce.put("specversion", "1.0");
        ce.put("id", e.id());
        ce.put("source", e.source());
        ce.put("type", e.type());
        if (e.time() != null) {
            ce.put("time", e.time().toString());
        }
        if (e.subject() != null) {
            ce.put("subject", e.subject());
        }
        ce.put("datacontenttype", "application/json");
        ce.set("data", data);
        try {
            return MAPPER.writeValueAsString(ce);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
