package fr.gouv.ptce.events;

import java.time.Instant;
import java.util.UUID;

/** Données de inscription.session.promue (ptce.candidatures) : voir ptce-events/schemas/inscription.session.promue.schema.json. */
public record InscriptionSessionPromue(UUID inscriptionId,
                                       UUID offreId,
                                       String titre,
                                       String theme,
                                       Instant debut,
                                       String lieu,
                                       String lien,
                                       String siret,
                                       String raisonSociale,
                                       String porteurSub,
                                       String contactEmail,
                                       StatutInscription statut,
                                       Instant promueLe) implements Evenement, PorteurConcerne {

    @Override
    public Fait eventType() {
        return Fait.INSCRIPTION_SESSION_PROMUE;
    }
}
