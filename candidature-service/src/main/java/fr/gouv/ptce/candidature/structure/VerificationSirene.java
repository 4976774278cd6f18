package fr.gouv.ptce.candidature.structure;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.gouv.ptce.candidature.config.CandidatureSettings;
import fr.gouv.ptce.candidature.domain.CategoriesJuridiques;
import fr.gouv.ptce.candidature.domain.Eligibilite;
import fr.gouv.ptce.candidature.domain.Siret;
import fr.gouv.ptce.candidature.domain.TypeMembre;
import fr.gouv.ptce.candidature.domain.ViolationRegle;
import fr.gouv.ptce.commons.problem.Problem;
import fr.gouv.ptce.commons.problem.ProblemException;
import fr.gouv.ptce.commons.time.TransportClock;
import fr.gouv.ptce.commons.valeurs.Reessai;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SIRETs of an application checked against INSEE's register at submission, when API Sirene is
 * configured: the structure's and each member's establishment exists and is active, the structure's
 * declared catégorie juridique is its legal unit's, and a member declared an ESS enterprise (or an
 * enterprise outside the ESS) is one according to its legal unit's ESS flag. Members without a SIRET
 * are not checked. When Sirene cannot answer, the submission is refused with a 503 (nothing written):
 * a file is never taken as verified when it was not.
 */
@ApplicationScoped
public class VerificationSirene {

    private static final Logger LOG = Logger.getLogger(VerificationSirene.class);

    @Inject
    CandidatureSettings settings;

    @Inject
    CategoriesJuridiques categories;

    @Inject
    ObjectMapper mapper;

    /** Retry-After dates are transport time, not the business clock. */
    @Inject
    @TransportClock
    Clock horloge;

    private ClientSirene client;

    void auDemarrage(@Observes StartupEvent e) {
        CandidatureSettings.Sirene s = settings.sirene();
        if (s.url().isPresent() && s.cle().isPresent()) {
            client = new ClientSirene(s.url().get(), s.cle().get(), s.delai(),
                    new Reessai(s.tentativesMax(), s.attenteInitiale(), s.attenteMax()), horloge, mapper);
            LOG.infof("API Sirene : %s ; le SIRET de la structure et de chaque membre est vérifié au dépôt.", s.url().get());
        } else {
            LOG.warn("API Sirene non configurée (ptce.candidature.sirene.url et .cle) : les SIRET ne sont pas "
                    + "vérifiés au répertoire Sirene, seul leur format l'est.");
        }
    }

    public boolean active() {
        return client != null;
    }

    /** The rules the register contradicts (none when Sirene is not configured); 503 when it cannot answer. */
    public List<ViolationRegle> verifier(Eligibilite.Dossier d) {
        if (client == null) {
            return List.of();
        }
        Map<String, Optional<EtablissementSirene>> lus = new HashMap<>();
        List<ViolationRegle> v = new ArrayList<>();
        try {
            if (Siret.estValide(d.siret())) {
                verifierStructure(d, lire(lus, d.siret()), v);
            }
            List<Eligibilite.Membre> membres = d.membres() == null ? List.of() : d.membres();
            for (int i = 0; i < membres.size(); i++) {
                Eligibilite.Membre m = membres.get(i);
                if (Siret.estValide(m.siret())) {
                    verifierMembre(i, m, lire(lus, m.siret()), v);
                }
            }
        } catch (SireneIndisponible e) {
            LOG.warn(e.getMessage());
            throw new ProblemException(Problem.of(503, "sirene-indisponible", "Service indisponible",
                    "Le répertoire Sirene ne permet pas de vérifier les SIRET pour le moment ; la candidature "
                            + "n'a pas été déposée. Réessayez dans quelques minutes."));
        }
        return v;
    }

    private Optional<EtablissementSirene> lire(Map<String, Optional<EtablissementSirene>> lus, String siret) {
        Optional<EtablissementSirene> e = lus.get(siret);
        if (e == null) {
            e = client.etablissement(siret);
            lus.put(siret, e);
        }
        return e;
    }

    private void verifierStructure(Eligibilite.Dossier d, Optional<EtablissementSirene> lu, List<ViolationRegle> v) {
        if (lu.isEmpty()) {
            v.add(new ViolationRegle("SIRET_INCONNU_SIRENE", "structure.siret",
                    "le SIRET " + d.siret() + " n'existe pas au répertoire Sirene"));
            return;
        }
        EtablissementSirene e = lu.get();
        if (!e.actif()) {
            v.add(new ViolationRegle("ETABLISSEMENT_FERME", "structure.siret",
                    "l'établissement " + d.siret() + " est fermé au répertoire Sirene"));
        }
        if (d.formeJuridique() != null && e.categorieJuridique() != null
                && !d.formeJuridique().equals(e.categorieJuridique())) {
            v.add(new ViolationRegle("CATEGORIE_JURIDIQUE_DIFFERENTE", "structure.formeJuridique",
                    "catégorie juridique déclarée " + libelle(d.formeJuridique()) + ", celle du répertoire Sirene est "
                            + libelle(e.categorieJuridique())));
        }
    }

    private void verifierMembre(int i, Eligibilite.Membre m, Optional<EtablissementSirene> lu, List<ViolationRegle> v) {
        String champ = "membres[" + i + "]";
        if (lu.isEmpty()) {
            v.add(new ViolationRegle("SIRET_MEMBRE_INCONNU_SIRENE", champ + ".siret",
                    "le SIRET " + m.siret() + " de « " + m.nom() + " » n'existe pas au répertoire Sirene"));
            return;
        }
        EtablissementSirene e = lu.get();
        if (!e.actif()) {
            v.add(new ViolationRegle("ETABLISSEMENT_MEMBRE_FERME", champ + ".siret",
                    "l'établissement " + m.siret() + " de « " + m.nom() + " » est fermé au répertoire Sirene"));
        }
        if (m.type() == TypeMembre.ENTREPRISE_ESS && !e.estEss()) {
            v.add(new ViolationRegle("STATUT_ESS_NON_CONFIRME", champ + ".type",
                    "« " + m.nom() + " » est déclaré entreprise de l'ESS mais son unité légale n'est pas inscrite "
                            + "à l'ESS au répertoire Sirene (economieSocialeSolidaireUniteLegale : "
                            + (e.ess() == null ? "non renseigné" : e.ess()) + ")"));
        }
        if (m.type() == TypeMembre.ENTREPRISE_HORS_ESS && e.estEss()) {
            v.add(new ViolationRegle("STATUT_ESS_CONTREDIT", champ + ".type",
                    "« " + m.nom() + " » est déclaré entreprise hors ESS mais son unité légale est inscrite à l'ESS "
                            + "au répertoire Sirene"));
        }
    }

    private String libelle(String code) {
        return categories.trouver(code).map(c -> code + " « " + c.libelle() + " »").orElse(code);
    }
}
