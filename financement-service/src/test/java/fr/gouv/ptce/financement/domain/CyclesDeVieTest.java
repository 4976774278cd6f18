package fr.gouv.ptce.financement.domain;

import fr.gouv.ptce.commons.testing.MachineAEtats;
import org.junit.jupiter.api.Test;

/**
 * The agreement, its instalments and its reports never reach a dead end: each can move on until an
 * end, and every status is met by some journey.
 */
class CyclesDeVieTest {

    @Test
    void uneConventionFinitSoldeeOuResiliee() {
        MachineAEtats.de(StatutConvention.class, StatutConvention::suivants)
                .initiaux(StatutConvention.A_SIGNER)
                .terminaux(StatutConvention.SOLDEE, StatutConvention.RESILIEE)
                .verifier();
    }

    @Test
    void uneEcheanceFinitPayeeOuAnnulee() {
        MachineAEtats.de(StatutEcheance.class, StatutEcheance::suivants)
                .initiaux(StatutEcheance.PREVUE)
                .terminaux(StatutEcheance.PAYEE, StatutEcheance.ANNULEE)
                .verifier();
    }

    @Test
    void unRapportRejeteRevientJusquAEtreApprouveOuDevientSansObjet() {
        MachineAEtats.de(StatutRapport.class, StatutRapport::suivants)
                .initiaux(StatutRapport.ATTENDU)
                .terminaux(StatutRapport.APPROUVE, StatutRapport.SANS_OBJET)
                .verifier();
    }
}
