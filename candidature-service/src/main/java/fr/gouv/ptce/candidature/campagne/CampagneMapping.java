package fr.gouv.ptce.candidature.campagne;

import com.fasterxml.jackson.core.type.TypeReference;
import fr.gouv.ptce.candidature.domain.FenetreDepot;
import fr.gouv.ptce.candidature.domain.ParametresCampagne;
import fr.gouv.ptce.candidature.web.Json;
import fr.gouv.ptce.commons.valeurs.Montant;
import fr.gouv.ptce.events.CampagnePubliee;
import fr.gouv.ptce.events.Critere;
import fr.gouv.ptce.events.Declencheur;
import fr.gouv.ptce.events.EcheanceModele;
import fr.gouv.ptce.events.Phase;
import fr.gouv.ptce.events.RapportModele;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** Campaign ↔ request, view and event; money converted between euros and cents here only. */
final class CampagneMapping {

    static final TypeReference<List<ParametresCampagne.Echeance>> ECHEANCIER = new TypeReference<>() { };
    static final TypeReference<List<ParametresCampagne.Rapport>> RAPPORTS = new TypeReference<>() { };
    static final TypeReference<List<ParametresCampagne.Critere>> GRILLE = new TypeReference<>() { };

    private CampagneMapping() {
    }

    static ParametresCampagne parametres(CampagneDemande d) {
        return new ParametresCampagne(d.phase(), d.ouverture(), d.cloture(), d.maxLaureats(),
                Montant.enCentimes(d.montantParLaureat()), Montant.enCentimes(d.enveloppe()), d.dureeMois(),
                d.echeancier() == null ? null : d.echeancier().stream().map(e -> new ParametresCampagne.Echeance(
                        e.ordre(), e.pourcentage(), Montant.enCentimes(e.montant()), e.declencheur(), e.mois(), e.rapport())).toList(),
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
                c.publieeLe == null ? null : paris(c.publieeLe), c.maxLaureats, Montant.enEuros(c.montantParLaureatCentimes),
                Montant.enEuros(c.enveloppeCentimes), c.dureeMois,
                Json.lire(c.echeancier, ECHEANCIER).stream().map(e -> new CampagneVue.Echeance(e.ordre(), e.pourcentage(),
                        Montant.enEuros(e.montantCentimes()), e.declencheur(), e.mois(), e.rapport())).toList(),
                Json.lire(c.rapports, RAPPORTS).stream().map(r -> new CampagneVue.Rapport(r.type(), r.mois())).toList(),
                Json.lire(c.grille, GRILLE).stream().map(g -> new CampagneVue.Critere(g.code(), g.libelle(), g.poids())).toList(),
                c.version);
    }

    /**
     * The data of campagne.publiee: every parameter, so that no service ever calls back. {@code cloture}
     * is the effective closing instant (first refused instant; for phase 1 the end of the Paris day).
     */
    static CampagnePubliee evenementPubliee(Campagne c) {
        return new CampagnePubliee(c.id, c.code, c.libelle, Phase.valueOf(c.phase.name()), c.ouverture, c.finDepot,
                c.cloture, c.maxLaureats, c.montantParLaureatCentimes, c.enveloppeCentimes, c.dureeMois,
                Json.lire(c.echeancier, ECHEANCIER).stream().map(e -> new EcheanceModele(e.ordre(), e.pourcentage(),
                        e.montantCentimes(), Declencheur.valueOf(e.declencheur().name()), e.mois(), e.rapport())).toList(),
                Json.lire(c.rapports, RAPPORTS).stream().map(r -> new RapportModele(r.type(), r.mois())).toList(),
                Json.lire(c.grille, GRILLE).stream().map(g -> new Critere(g.code(), g.libelle(), g.poids())).toList(),
                c.publieeLe);
    }

    static OffsetDateTime paris(Instant instant) {
        return instant.atZone(FenetreDepot.PARIS).toOffsetDateTime();
    }

}
