package fr.gouv.ptce.financement.convention;

import fr.gouv.ptce.commons.outbox.Outbox;
import fr.gouv.ptce.commons.outbox.OutgoingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Publishes the facts of an agreement on {@code ptce.financements} (key = the agreement's id, so
 * they stay in order), through the outbox of the current transaction. Every event carries who to
 * tell (porteurSub, contactEmail) and what it is about (candidatureId, numero): notification-service
 * needs nothing else to write to the porteur.
 */
@ApplicationScoped
public class FinancementEvents {

    public static final String TOPIC = "ptce.financements";
    public static final String AGREGAT = "convention";

    @Inject
    Outbox outbox;

    public void publier(Convention c, String fait, Map<String, Object> details) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("candidatureId", c.candidatureId.toString());
        data.put("numero", c.numero);
        data.put("porteurSub", c.porteurSub);
        data.put("contactEmail", c.contactEmail);
        data.put("conventionId", c.id.toString());
        data.put("campagneId", c.campagneId.toString());
        data.put("siret", c.siret);
        data.putAll(details);
        outbox.publish(OutgoingEvent.of(TOPIC, AGREGAT, c.id, fait, data));
    }
}
