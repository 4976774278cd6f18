package fr.gouv.ptce.financement.campagne;

import com.fasterxml.jackson.databind.JsonNode;
import fr.gouv.ptce.commons.inbox.IncomingEvent;
import fr.gouv.ptce.commons.inbox.RejectedEventException;
import fr.gouv.ptce.commons.problem.ProblemException;
import fr.gouv.ptce.financement.audit.Audit;
import fr.gouv.ptce.financement.domain.Echeancier;
import fr.gouv.ptce.financement.domain.EcheancierInapplicableException;
import fr.gouv.ptce.financement.domain.ModeleEcheance;
import fr.gouv.ptce.financement.domain.SoldeEnveloppe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Envelopes: opened from {@code campagne.publiee}, read by the gestionnaire and the committee. */
@ApplicationScoped
@Transactional
public class EnveloppeService {

    private static final Logger LOG = Logger.getLogger(EnveloppeService.class);

    @Inject
    Audit audit;

    /** Runs inside the inbox's transaction. A campaign is immutable once published: a second copy changes nothing. */
    public void ouvrir(IncomingEvent e) {
        JsonNode d = e.data();
        if (!"PHASE_2".equals(d.path("phase").asText())) {
            return; // phase-1 campaigns fund nothing
        }
        UUID campagneId = UUID.fromString(d.path("campagneId").asText());
        if (Enveloppe.findById(campagneId) != null) {
            LOG.infof("Campagne %s déjà connue : publication ignorée", campagneId);
            return;
        }
        JsonNode total = d.get("enveloppeCentimes");
        if (total == null || total.isNull()) {
            throw new RejectedEventException("campagne de phase 2 sans enveloppe (enveloppeCentimes absent)");
        }
        List<ModeleEcheance> modele;
        try {
            modele = ModeleJson.echeancier(d.get("echeancier"));
            Echeancier.rapportsAttendus(modele, ModeleJson.rapports(d.get("rapports")));
            JsonNode parLaureat = d.get("montantParLaureatCentimes");
            if (parLaureat != null && parLaureat.asLong() > 0) {
                Echeancier.repartir(parLaureat.asLong(), modele); // refuse now a template that can never apply
            }
        } catch (IllegalArgumentException | EcheancierInapplicableException ex) {
            throw new RejectedEventException("échéancier de la campagne inapplicable : " + ex.getMessage());
        }
        Enveloppe env = new Enveloppe();
        env.campagneId = campagneId;
        env.code = d.path("code").asText();
        env.libelle = d.path("libelle").asText();
        env.appliquer(new SoldeEnveloppe(total.asLong(), 0, 0));
        env.montantParLaureatCentimes = longOuNull(d.get("montantParLaureatCentimes"));
        env.dureeMois = d.hasNonNull("dureeMois") ? d.get("dureeMois").asInt() : null;
        env.maxLaureats = d.hasNonNull("maxLaureats") ? d.get("maxLaureats").asInt() : null;
        env.modeleEcheancier = d.has("echeancier") ? d.get("echeancier").toString() : "[]";
        env.modeleRapports = d.has("rapports") ? d.get("rapports").toString() : "[]";
        env.publieeLe = Instant.parse(d.path("publieeLe").asText());
        env.persist();
        audit.noter("enveloppe", campagneId, "OUVERTURE", "systeme:campagne.publiee", null, env.solde());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EnveloppeVue lire(UUID campagneId) {
        Enveloppe env = Enveloppe.findById(campagneId);
        if (env == null) {
            throw ProblemException.notFound("Aucune enveloppe pour la campagne " + campagneId
                    + " (campagne inconnue ou de phase 1).");
        }
        return EnveloppeVue.de(env);
    }

    private static Long longOuNull(JsonNode n) {
        return n == null || n.isNull() ? null : n.asLong();
    }
}
