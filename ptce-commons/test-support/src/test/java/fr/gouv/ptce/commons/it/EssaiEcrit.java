package fr.gouv.ptce.commons.it;

import com.fasterxml.jackson.annotation.JsonIgnore;
import fr.gouv.ptce.commons.events.EventData;
import fr.gouv.ptce.commons.events.EventType;

/**
 * The data of the test event {@code essai.ecrit} (schema in this module's test resources). Its topic
 * travels with it, not on the wire, because each test writes to a topic of its own.
 */
public record EssaiEcrit(long noteId, String texte, int rang, @JsonIgnore String topic) implements EventData {

    @Override
    public EventType eventType() {
        return new Type(topic);
    }

    /** The one test type, on whichever topic a test chose. */
    public record Type(String topic) implements EventType {

        @Override
        public String fact() {
            return EssaiEvenementsService.FACT;
        }

        @Override
        public String aggregateType() {
            return "essai";
        }

        @Override
        public Class<EssaiEcrit> dataType() {
            return EssaiEcrit.class;
        }
    }

    /** Declares the test type to the inbox (META-INF/services of the test resources). */
    public static final class Source implements fr.gouv.ptce.commons.events.EventTypeSource {
        @Override
        public java.util.List<EventType> eventTypes() {
            return java.util.List.of(new Type("ptce.essai"));
        }
    }
}
