package fr.gouv.ptce.notification.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.ValidationMessage;
import fr.gouv.ptce.commons.events.EventTypes;
import fr.gouv.ptce.commons.inbox.IncomingEvent;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What a partner receives of an event: the internal data projected onto the partner view of the
 * catalogue (only the properties it declares, at every level), then validated against that view.
 * The projection is what keeps personal data in; the validation is the second lock, and it runs
 * again on the stored body just before it leaves ({@link #refusAvantEnvoi}), so a body queued by an
 * older version, or altered since, is refused rather than sent.
 */
public final class VuePartenaire {

    /** The body to queue, and why it must not leave when it breaks its view. */
    public record Corps(String json, Optional<String> refus) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LONGUEUR_MAX_REFUS = 1000;
    /** Problem messages in French: they end up in the delivery log the partner reads. */
    private static final Consumer<ExecutionContext> EN_FRANCAIS =
            contexte -> contexte.getExecutionConfig().setLocale(Locale.FRENCH);

    private VuePartenaire() {
    }

    /** The partner body of {@code e}, whose fact must be open to partners. */
    public static Corps pour(IncomingEvent e) {
        CataloguePartenaire.Vue vue = CataloguePartenaire.vue(e.fact())
                .orElseThrow(() -> new IllegalArgumentException("type non ouvert aux partenaires : " + e.fact()));
        JsonNode donnees = projeter(vue.schema(), e.data());
        JsonNode envoyees = donnees == null ? JSON.nullNode() : donnees;
        return new Corps(CloudEventJson.ecrire(e, envoyees), refus(vue, envoyees));
    }

    /**
     * Why a stored CloudEvent body must not be sent: its type is not (or no longer) open to
     * partners, or its data is not exactly its partner view. Empty when it may leave.
     */
    public static Optional<String> refusAvantEnvoi(String corps) {
        JsonNode ce;
        try {
            ce = JSON.readTree(corps == null ? "" : corps);
        } catch (JsonProcessingException e) {
            return Optional.of("corps illisible : envoi refusé");
        }
        if (ce == null || !ce.isObject()) {
            return Optional.of("corps illisible : envoi refusé");
        }
        String fait = EventTypes.factOf(ce.path("type").asText());
        Optional<CataloguePartenaire.Vue> vue = fait == null ? Optional.empty() : CataloguePartenaire.vue(fait);
        if (vue.isEmpty()) {
            return Optional.of("type d'événement non ouvert aux partenaires : " + (fait == null ? "inconnu" : fait)
                    + " ; envoi refusé");
        }
        return refus(vue.get(), ce.path("data"));
    }

    /**
     * Keeps of {@code valeur} what {@code schema} declares: the listed properties of an object, the
     * items of an array, each projected in turn; a scalar as it is (its type is the validation's
     * business). An object or array where the view declares none gives {@code null}: left out.
     */
    static JsonNode projeter(JsonNode schema, JsonNode valeur) {
        if (valeur == null || valeur.isMissingNode()) {
            return null;
        }
        if (valeur.isObject()) {
            JsonNode proprietes = schema.get("properties");
            if (proprietes == null || !proprietes.isObject()) {
                return null;
            }
            ObjectNode out = JSON.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = proprietes.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> p = it.next();
                JsonNode projetee = projeter(p.getValue(), valeur.get(p.getKey()));
                if (projetee != null) {
                    out.set(p.getKey(), projetee);
                }
            }
            return out;
        }
        if (valeur.isArray()) {
            JsonNode items = schema.get("items");
            if (items == null || !items.isObject()) {
                return null;
            }
            ArrayNode out = JSON.createArrayNode();
            for (JsonNode element : valeur) {
                JsonNode projete = projeter(items, element);
                out.add(projete == null ? JSON.nullNode() : projete);
            }
            return out;
        }
        return valeur;
    }

    private static Optional<String> refus(CataloguePartenaire.Vue vue, JsonNode donnees) {
        List<String> problemes = vue.validateur()
                .validate(donnees, EN_FRANCAIS)
                .stream().map(ValidationMessage::getMessage).sorted().toList();
        if (problemes.isEmpty()) {
            return Optional.empty();
        }
        String raison = "données non conformes à la vue partenaire de " + vue.fait() + ", envoi refusé : "
                + String.join(" ; ", problemes);
        return Optional.of(raison.length() > LONGUEUR_MAX_REFUS ? raison.substring(0, LONGUEUR_MAX_REFUS) + "…" : raison);
    }

}
