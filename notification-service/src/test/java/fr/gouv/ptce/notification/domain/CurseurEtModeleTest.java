package fr.gouv.ptce.notification.domain;

import fr.gouv.ptce.commons.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CurseurEtModeleTest {

    @Test
    void unCurseurSeRelitALIdentiqueEtUnCurseurAltereEstRefuse() {
        Curseur c = new Curseur(Instant.parse("2023-07-12T09:30:00.123456Z"), UUID.randomUUID());
        assertEquals(Optional.of(c), Curseur.decoder(c.encoder()));
        assertTrue(Curseur.decoder("n'importe quoi").isEmpty());
        assertTrue(Curseur.decoder("").isEmpty());
    }

    @Test
    void chaqueFaitNotifieAUnModeleDistinctEtLesAutresAucun() {
        String[] notifies = {"candidature.deposee", "candidature.redeposee", "corrections.demandees",
                "candidature.irrecevable", "decision.rendue", "laureat.phase1.designe", "laureat.phase2.selectionne",
                "convention.creee", "echeance.exigible", "echeance.payee", "rapport.attendu", "convention.resiliee",
                "reversement.demande", "laureat.phase2.desiste"};
        assertEquals(notifies.length, Arrays.stream(notifies).map(Modele::pourFait).map(Optional::orElseThrow)
                .distinct().count());
        assertEquals(Optional.of(Modele.ACCUSE_RECEPTION), Modele.pourFait("candidature.deposee"));
        for (String autre : new String[]{"campagne.publiee", "convention.signee", "candidature.recevable",
                "instruction.demarree", "candidature.retiree", "rapport.approuve"}) {
            assertTrue(Modele.pourFait(autre).isEmpty(), autre);
        }
    }

    @Test
    void leDomaineResteDuJavaSimpleEtLeServiceNImporteAucunAutre() {
        ArchitectureRules.check("notification");
    }
}
