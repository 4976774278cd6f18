package fr.gouv.ptce.evaluation.decision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.gouv.ptce.commons.outbox.OutgoingEvent;
import fr.gouv.ptce.commons.outbox.Outbox;
import fr.gouv.ptce.evaluation.campagne.Campagne;
import fr.gouv.ptce.evaluation.instruction.DonneesEvenement;
import fr.gouv.ptce.evaluation.instruction.Instruction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.Map;

/** Writes the decision events to the outbox, in the decision's transaction (topic ptce.decisions). */
@ApplicationScoped
public class DecisionEvents {

    public static final String TOPIC = "ptce.decisions";
    public static final String AGREGAT = "decision";

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper mapper;

    public void decisionRendue(Instruction d, Decision decision) {
        Map<String, Object> data = DonneesEvenement.dossier(d);
        data.put("decisionId", decision.id.toString());
        data.put("phase", d.phase.name());
        data.put("siret", d.siret);
        data.put("decision", decision.type.name());
        data.put("motivation", decision.motivation);
        data.put("decideur", decision.decideurNom);
        data.put("decideLe", decision.decideLe.toString());
        data.put("rang", decision.rang);
        publier(d, "decision.rendue", data);
    }

    /** Makes the structure eligible for phase 2 in candidature-service. */
    public void laureatPhase1(Instruction d, Decision decision) {
        Map<String, Object> data = DonneesEvenement.dossier(d);
        data.put("campagneCode", d.campagneCode);
        data.put("siret", d.siret);
        data.put("raisonSociale", d.raisonSociale);
        data.put("codeCommune", d.codeCommune);
        data.put("departement", d.departement);
        data.put("region", d.region);
        data.put("secteurs", lire(d.secteurs));
        data.put("designeLe", decision.decideLe.toString());
        publier(d, "laureat.phase1.designe", data);
    }

    /** Creates the agreement in financement-service: amount and duration are the campaign's. */
    public void laureatPhase2(Instruction d, Decision decision, Campagne campagne) {
        JsonNode contact = lire(d.snapshot).path("contact");
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("nom", contact.path("nom").asText(d.contactNom));
        c.put("email", contact.path("email").asText(d.contactEmail));
        c.put("telephone", contact.path("telephone").isTextual() ? contact.path("telephone").asText() : null);
        Map<String, Object> data = DonneesEvenement.dossier(d);
        data.put("siret", d.siret);
        data.put("raisonSociale", d.raisonSociale);
        data.put("contact", c);
        data.put("montantCentimes", campagne.montantParLaureatCentimes);
        data.put("dureeMois", campagne.dureeMois);
        data.put("rang", decision.rang);
        data.put("selectionneLe", decision.decideLe.toString());
        publier(d, "laureat.phase2.selectionne", data);
    }

    public void desistement(Instruction d, Desistement desistement) {
        Map<String, Object> data = DonneesEvenement.dossier(d);
        data.put("siret", d.siret);
        data.put("motif", desistement.motif);
        data.put("desisteLe", desistement.desisteLe.toString());
        data.put("promuCandidatureId",
                desistement.promuCandidatureId == null ? null : desistement.promuCandidatureId.toString());
        publier(d, "laureat.phase2.desiste", data);
    }

    private void publier(Instruction d, String fait, Map<String, Object> data) {
        outbox.publish(OutgoingEvent.of(TOPIC, AGREGAT, d.candidatureId, fait, data));
    }

    private JsonNode lire(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON stocké illisible", e);
        }
    }
}
