package fr.gouv.ptce.candidature.offre;

import fr.gouv.ptce.candidature.domain.StatutInscription;
import fr.gouv.ptce.candidature.structure.LaureatPhase1;
import fr.gouv.ptce.events.InscriptionSessionAnnulee;
import fr.gouv.ptce.events.InscriptionSessionEnregistree;
import fr.gouv.ptce.events.InscriptionSessionPromue;

import java.time.Instant;

/**
 * The events of a registration to a session. They go on ptce.candidatures with the other facts
 * about applicants, which notification-service already reads; the structure's name and e-mail come
 * from its phase-1 lauréat record when there is one.
 */
final class EvenementsInscription {

    private EvenementsInscription() {
    }

    static InscriptionSessionEnregistree enregistree(Offre o, Inscription i, LaureatPhase1 l, Integer rangAttente,
                                                     Instant le) {
        return new InscriptionSessionEnregistree(i.id, o.id, o.titre, o.theme.name(), o.debut, o.lieu, o.lien, i.siret,
                raisonSociale(i, l), i.porteurSub, contactEmail(l), statut(i.statut), rangAttente, le);
    }

    static InscriptionSessionAnnulee annulee(Offre o, Inscription i, LaureatPhase1 l, StatutInscription precedent,
                                             String par, Instant le) {
        return new InscriptionSessionAnnulee(i.id, o.id, o.titre, o.theme.name(), o.debut, o.lieu, o.lien, i.siret,
                raisonSociale(i, l), i.porteurSub, contactEmail(l), statut(precedent), par, le);
    }

    static InscriptionSessionPromue promue(Offre o, Inscription i, LaureatPhase1 l, Instant le) {
        return new InscriptionSessionPromue(i.id, o.id, o.titre, o.theme.name(), o.debut, o.lieu, o.lien, i.siret,
                raisonSociale(i, l), i.porteurSub, contactEmail(l), fr.gouv.ptce.events.StatutInscription.INSCRIT, le);
    }

    private static fr.gouv.ptce.events.StatutInscription statut(StatutInscription s) {
        return fr.gouv.ptce.events.StatutInscription.valueOf(s.name());
    }

    private static String raisonSociale(Inscription i, LaureatPhase1 l) {
        return l == null ? i.siret : l.raisonSociale;
    }

    private static String contactEmail(LaureatPhase1 l) {
        return l == null ? null : l.contactEmail;
    }
}
