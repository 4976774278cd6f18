package fr.gouv.ptce.financement.donneesouvertes;

import fr.gouv.ptce.commons.problem.Problem;
import fr.gouv.ptce.commons.problem.ProblemException;
import fr.gouv.ptce.commons.time.ParisTime;
import fr.gouv.ptce.commons.valeurs.Montant;
import fr.gouv.ptce.financement.campagne.Enveloppe;
import fr.gouv.ptce.financement.config.FinancementSettings;
import fr.gouv.ptce.financement.convention.Convention;
import fr.gouv.ptce.financement.convention.Echeance;
import fr.gouv.ptce.financement.domain.PublicationSubvention;
import fr.gouv.ptce.financement.domain.StatutConvention;
import fr.gouv.ptce.financement.domain.StatutEcheance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The grants in open data: one SCDL line per signed agreement, and the money per edition and région.
 * Only facts about legal entities leave here — no contact, no porteur, nothing about files not retained.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SubventionsService {

    static final String NON_RENSEIGNEE = "Non renseignée";

    @Inject
    FinancementSettings settings;

    public List<SubventionScdl> subventions() {
        String siretAttribuant = settings.donneesOuvertes().siretAttribuant().filter(s -> s.matches("\\d{14}"))
                .orElseThrow(() -> new ProblemException(Problem.of(503, "donnees-ouvertes-non-configurees",
                        "Données ouvertes indisponibles", "Le SIRET de l'autorité qui attribue les subventions "
                                + "(ptce.financement.donnees-ouvertes.siret-attribuant) n'est pas configuré.")));
        String nomAttribuant = settings.donneesOuvertes().nomAttribuant();
        Map<UUID, Enveloppe> enveloppes = new HashMap<>();
        List<SubventionScdl> lignes = new ArrayList<>();
        for (Convention c : signees()) {
            Enveloppe e = enveloppes.computeIfAbsent(c.campagneId, id -> Enveloppe.findById(id));
            List<Echeance> versements = Echeance.deLaConvention(c.id).stream()
                    .filter(ech -> ech.statut != StatutEcheance.ANNULEE).toList();
            long montant = PublicationSubvention.montantCentimes(c.statut, c.montantCentimes, c.engageCentimes);
            lignes.add(new SubventionScdl(nomAttribuant, siretAttribuant, c.dateSignature.toString(), c.numero,
                    c.raisonSociale, c.siret, objet(c, e), Montant.centimes(montant).enEuros(), "aide en numéraire",
                    PublicationSubvention.conditions(versements.size()),
                    PublicationSubvention.periode(versements.stream().map(v -> v.dateEcheance).toList(), c.dateSignature),
                    null, "non", PublicationSubvention.pourcentage(montant, c.budgetProjetCentimes)));
        }
        return lignes;
    }

    /** Per edition and région, sorted by edition then région; filters optional. */
    public List<StatistiqueFinancement> statistiques(Integer edition, String region) {
        Map<UUID, Enveloppe> enveloppes = new HashMap<>();
        Map<String, long[]> cumuls = new TreeMap<>();
        Map<String, Object[]> cles = new HashMap<>();
        for (Convention c : signees()) {
            Enveloppe e = enveloppes.computeIfAbsent(c.campagneId, id -> Enveloppe.findById(id));
            int annee = edition(e, c);
            String r = c.region == null || c.region.isBlank() ? NON_RENSEIGNEE : c.region;
            if (edition != null && edition != annee || region != null && !region.equalsIgnoreCase(r)) {
                continue;
            }
            String cle = annee + "\u0000" + r;
            cles.putIfAbsent(cle, new Object[]{annee, r});
            long[] cumul = cumuls.computeIfAbsent(cle, k -> new long[3]);
            cumul[0]++;
            cumul[1] += PublicationSubvention.montantCentimes(c.statut, c.montantCentimes, c.engageCentimes);
            cumul[2] += c.payeCentimes;
        }
        List<StatistiqueFinancement> lignes = new ArrayList<>();
        cumuls.forEach((cle, v) -> lignes.add(new StatistiqueFinancement((Integer) cles.get(cle)[0],
                (String) cles.get(cle)[1], (int) v[0], Montant.centimes(v[1]).enEuros(), Montant.centimes(v[2]).enEuros())));
        return lignes;
    }

    private static List<Convention> signees() {
        return Convention.<Convention>list("dateSignature is not null and statut <> ?1", StatutConvention.A_SIGNER).stream()
                .filter(c -> PublicationSubvention.publiee(c.statut, c.dateSignature))
                .sorted(Comparator.comparing((Convention c) -> c.dateSignature).thenComparing(c -> c.siret))
                .toList();
    }

    /** The year the campaign opened (Paris); its publication's, or the signature's, when unknown. */
    private static int edition(Enveloppe e, Convention c) {
        Instant ouverture = e == null ? null : e.ouverture != null ? e.ouverture : e.publieeLe;
        return ouverture == null ? c.dateSignature.getYear() : ouverture.atZone(ParisTime.ZONE).getYear();
    }

    /** objet, under 256 characters as the schema asks. */
    private static String objet(Convention c, Enveloppe e) {
        String appel = e == null ? "" : " — appel " + (e.libelle == null || e.libelle.isBlank() ? e.code : e.libelle);
        String objet = "Soutien au pôle territorial de coopération économique " + c.raisonSociale + appel;
        return objet.length() <= 255 ? objet : objet.substring(0, 254) + "…";
    }

}
