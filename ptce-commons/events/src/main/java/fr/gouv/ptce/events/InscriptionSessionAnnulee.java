package fr.gouv.ptce.events;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.UUID;

/** Données de inscription.session.annulee (ptce.candidatures) : voir ptce-events/schemas/inscription.session.annulee.schema.json. */
public record InscriptionSessionAnnulee(UUID inscriptionId,
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
                                        StatutInscription statutPrecedent,
                                        @JsonInclude(JsonInclude.Include.NON_NULL) String annuleePar,
                                        Instant annuleeLe) implements Evenement, PorteurConcerne {

    @Override
    public Fait eventType() {
        return Fait.INSCRIPTION_SESSION_ANNULEE;
    }
}
