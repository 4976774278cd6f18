package fr.gouv.ptce.events;

import java.time.Instant;
import java.util.UUID;

/** Données de inscription.session.enregistree (ptce.candidatures) : voir ptce-events/schemas/inscription.session.enregistree.schema.json. */
public record InscriptionSessionEnregistree(UUID inscriptionId,
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
                                            Integer rangAttente,
                                            Instant inscriteLe) implements Evenement, PorteurConcerne {

    @Override
    public Fait eventType() {
        return Fait.INSCRIPTION_SESSION_ENREGISTREE;
    }
}
