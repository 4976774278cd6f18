package fr.gouv.ptce.candidature.candidature;

import fr.gouv.ptce.candidature.campagne.Campagne;
import fr.gouv.ptce.candidature.domain.StatutCandidature;
import fr.gouv.ptce.events.CandidatureDeposee;
import fr.gouv.ptce.events.CandidatureRedeposee;
import fr.gouv.ptce.events.CandidatureRetiree;
import fr.gouv.ptce.events.Contact;
import fr.gouv.ptce.events.Membre;
import fr.gouv.ptce.events.Phase;
import fr.gouv.ptce.events.Projet;
import fr.gouv.ptce.events.Structure;
import fr.gouv.ptce.events.TypeMembre;

import java.time.Instant;
import java.util.List;

/**
 * The events of an application. Deposit and re-deposit carry the whole file, what instruction,
 * evaluation and notification need without calling back (event-carried state transfer).
 */
final class EvenementsCandidature {

    private EvenementsCandidature() {
    }

    static CandidatureDeposee deposee(Candidature c, Campagne k, Instant le) {
        return new CandidatureDeposee(c.id, c.numero, c.porteurSub, c.contactEmail, k.id, k.code, phase(k),
                structure(c), membres(c), projet(c), contact(c), c.territoire, le);
    }

    static CandidatureRedeposee redeposee(Candidature c, Campagne k, Instant le) {
        return new CandidatureRedeposee(c.id, c.numero, c.porteurSub, c.contactEmail, k.id, k.code, phase(k),
                structure(c), membres(c), projet(c), contact(c), c.territoire, le);
    }

    static CandidatureRetiree retiree(Candidature c, Campagne k, String motif, StatutCandidature ancien, Instant le) {
        return new CandidatureRetiree(c.id, c.numero, c.porteurSub, c.contactEmail, k.id, phase(k), c.siret, motif,
                ancien.name(), le);
    }

    private static Phase phase(Campagne k) {
        return Phase.valueOf(k.phase.name());
    }

    private static Structure structure(Candidature c) {
        return new Structure(c.siret, c.raisonSociale, c.formeJuridique, c.adresse, c.codeCommune, c.departement,
                c.region);
    }

    private static List<Membre> membres(Candidature c) {
        return CandidatureMapping.membres(c).stream()
                .map(m -> new Membre(m.nom(), m.siret(), TypeMembre.valueOf(m.type().name()))).toList();
    }

    private static Projet projet(Candidature c) {
        return new Projet(c.projetTitre, c.projetDescription, CandidatureMapping.secteurs(c), c.projetEmploisVises,
                c.projetBudgetCentimes);
    }

    private static Contact contact(Candidature c) {
        return new Contact(c.contactNom, c.contactEmail, c.contactTelephone);
    }
}
