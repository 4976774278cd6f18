package fr.gouv.ptce.evaluation.instruction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The end of a not-retained file's personal data in evaluation-service (docs/DONNEES-PERSONNELLES.md):
 * contact, owner and members' names go, in the columns and in the snapshot of the submission; the
 * structure, its figures, the instruction's statuses and the decisions stay. Runs inside the
 * purge's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ConservationInstructions {

    static final String ANONYMISE = "(anonymisé)";
    static final String PORTEUR_ANONYME = "anonyme";

    @Inject
    ObjectMapper mapper;

    /**
     * Files not retained — inadmissible, withdrawn, renounced, or decided NON_RETENU / SANS_SUITE —
     * whose last change is before {@code limite}, not anonymised yet.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> nonRetenuesExpirees(Instant limite, int lot) {
        return Instruction.getEntityManager().createNativeQuery("""
                        select candidature_id from instruction
                        where anonymisee_le is null and modifiee_le < ?1
                          and (statut in ('IRRECEVABLE', 'RETIREE', 'DESISTEE')
                               or (statut = 'DECIDEE' and decision in ('NON_RETENU', 'SANS_SUITE')))
                        order by candidature_id limit ?2""", UUID.class)
                .setParameter(1, limite).setParameter(2, lot).getResultList();
    }

    public void anonymiser(List<UUID> ids, Instant maintenant) {
        for (UUID id : ids) {
            Instruction d = Instruction.findById(id);
            d.contactNom = ANONYMISE;
            d.contactEmail = "";
            d.contactTelephone = null;
            d.porteurSub = PORTEUR_ANONYME;
            d.snapshot = sansPersonnes(d.snapshot);
            d.anonymiseeLe = maintenant;
        }
    }

    /** The submission's snapshot without its owner, contact and members' names (their SIRET and type stay). */
    String sansPersonnes(String snapshot) {
        try {
            JsonNode n = mapper.readTree(snapshot);
            if (n instanceof ObjectNode o) {
                o.put("porteurSub", PORTEUR_ANONYME);
                o.putNull("contactEmail");
                if (o.get("contact") instanceof ObjectNode contact) {
                    contact.put("nom", ANONYMISE);
                    contact.putNull("email");
                    contact.putNull("telephone");
                }
                o.path("membres").forEach(m -> {
                    if (m instanceof ObjectNode membre) {
                        membre.put("nom", ANONYMISE);
                    }
                });
            }
            return mapper.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Instantané de dépôt illisible", e);
        }
    }
}
