package fr.gouv.ptce.candidature.campagne;

import com.fasterxml.jackson.core.type.TypeReference;
import fr.gouv.ptce.candidature.domain.FenetreDepot;
import fr.gouv.ptce.candidature.domain.Montants;
import fr.gouv.ptce.candidature.domain.ParametresCampagne;
import fr.gouv.ptce.candidature.web.Json;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Campaign ↔ request, view and event; money converted between euros and cents here only. */
final class CampagneMapping {

    static final TypeReference<List<ParametresCampagne.Echeance>> ECHEANCIER = new TypeReference<>() { };
    static final TypeReference<List<ParametresCampagne.Rapport>> RAPPORTS = new TypeReference<>() { };
    static final TypeReference<List<ParametresCampagne.Critere>> GRILLE = new TypeReference<>() { };

    private CampagneMapping() {
    }

    static ParametresCampagne parametres(CampagneDemande d) {
        return new ParametresCampagne(d.phase(), d.ouverture(), d.cloture(), d.maxLaureats(),
                centimes(d.montantParLaureat()), centimes(d.enveloppe()), d.dureeMois(),
                d.echeancier() == null ? null : d.echeancier().stream().map(e -> new ParametresCampagne.Echeance(
                        e.ordre(), e.pourcentage(), centimes(e.montant()), e.declencheur(), e.mois(), e.rapport())).toList(),
                d.rapports() == null ? null : d.rapports().stream()
                        .map(r -> new ParametresCampagne.Rapport(r.type(), r.mois())).toList(),
                d.grille() == null ? null : d.grille().stream()
                        .map(c -> new ParametresCampagne.Critere(c.code(), c.libelle(), c.poids())).toList());
    }

    /** Copies {@code p} (already completed with its defaults) into {@code c}. */
    static void appliquer(Campagne c, CampagneDemande d, ParametresCampagne p) {
        c.code = d.code();
        c.libelle = d.libelle();
        c.phase = d.phase();
        c.ouverture = d.ouverture().toInstant();
        c.cloture = d.cloture().toInstant();
        c.finDepot = FenetreDepot.pour(d.phase(), d.ouverture(), d.cloture()).finExclusive();
        c.maxLaureats = p.maxLaureats();
        c.montantParLaureatCentimes = p.montantParLaureatCentimes();
        c.enveloppeCentimes = p.enveloppeCentimes();
        c.dureeMois = p.dureeMois();
        c.echeancier = Json.ecrire(p.echeancier());
        c.rapports = Json.ecrire(p.rapports());
        c.grille = Json.ecrire(p.grille());
    }

    static FenetreDepot fenetre(Campagne c) {
        return new FenetreDepot(c.ouverture, c.finDepot);
    }

    static CampagneVue vue(Campagne c, Instant maintenant) {
        FenetreDepot f = fenetre(c);
        return new CampagneVue(c.id, c.code, c.libelle, c.phase, paris(c.ouverture), paris(c.cloture), paris(c.finDepot),
                paris(f.dernierInstantAccepte()), c.estPubliee() && f.estOuverte(maintenant), c.estPubliee(),
                c.publieeLe == null ? null : paris(c.publieeLe), c.maxLaureats, euros(c.montantParLaureatCentimes),
                euros(c.enveloppeCentimes), c.dureeMois,
                Json.lire(c.echeancier, ECHEANCIER).stream().map(e -> new CampagneVue.Echeance(e.ordre(), e.pourcentage(),
                        euros(e.montantCentimes()), e.declencheur(), e.mois(), e.rapport())).toList(),
                Json.lire(c.rapports, RAPPORTS).stream().map(r -> new CampagneVue.Rapport(r.type(), r.mois())).toList(),
                Json.lire(c.grille, GRILLE).stream().map(g -> new CampagneVue.Critere(g.code(), g.libelle(), g.poids())).toList());
    }

    /**
     * The data of campagne.publiee: every parameter, so that no service ever calls back. {@code cloture}
     * is the effective closing instant (first refused instant; for phase 1 the end of the Paris day).
     */
    static Map<String, Object> evenementPubliee(Campagne c) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("campagneId", c.id.toString());
        data.put("code", c.code);
        data.put("libelle", c.libelle);
        data.put("phase", c.phase.name());
        data.put("ouverture", c.ouverture.toString());
        data.put("cloture", c.finDepot.toString());
        data.put("clotureSaisie", c.cloture.toString());
        data.put("maxLaureats", c.maxLaureats);
        data.put("montantParLaureatCentimes", c.montantParLaureatCentimes);
        data.put("enveloppeCentimes", c.enveloppeCentimes);
        data.put("dureeMois", c.dureeMois);
        data.put("echeancier", Json.lire(c.echeancier, ECHEANCIER).stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ordre", e.ordre());
            m.put("pourcentage", e.pourcentage());
            m.put("montantCentimes", e.montantCentimes());
            m.put("declencheur", e.declencheur().name());
            m.put("mois", e.mois());
            m.put("rapport", e.rapport());
            return m;
        }).toList());
        data.put("rapports", Json.lire(c.rapports, RAPPORTS).stream()
                .map(r -> Map.<String, Object>of("type", r.type(), "mois", r.mois())).toList());
        data.put("grille", Json.lire(c.grille, GRILLE).stream()
                .map(g -> Map.<String, Object>of("code", g.code(), "libelle", g.libelle(), "poids", g.poids())).toList());
        data.put("publieeLe", c.publieeLe.toString());
        return data;
    }

    static OffsetDateTime paris(Instant instant) {
        return instant.atZone(FenetreDepot.PARIS).toOffsetDateTime();
    }

    private static Long centimes(java.math.BigDecimal euros) {
        return euros == null ? null : Montants.enCentimes(euros);
    }

    private static java.math.BigDecimal euros(Long centimes) {
        return centimes == null ? null : Montants.enEuros(centimes);
    }
}
