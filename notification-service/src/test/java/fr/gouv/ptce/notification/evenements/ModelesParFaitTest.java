package fr.gouv.ptce.notification.evenements;

import fr.gouv.ptce.events.Fait;
import fr.gouv.ptce.notification.domain.Modele;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelesParFaitTest {

    @Test
    void chaqueFaitNotifieAUnModeleDistinctEtLesAutresAucun() {
        Set<Fait> notifies = EnumSet.of(Fait.CANDIDATURE_DEPOSEE, Fait.CANDIDATURE_REDEPOSEE,
                Fait.CORRECTIONS_DEMANDEES, Fait.CANDIDATURE_IRRECEVABLE, Fait.EVALUATEUR_AFFECTE, Fait.DECISION_RENDUE,
                Fait.LAUREAT_PHASE1_DESIGNE, Fait.LAUREAT_PHASE2_SELECTIONNE, Fait.CONVENTION_CREEE,
                Fait.ECHEANCE_EXIGIBLE, Fait.ECHEANCE_PAYEE, Fait.RAPPORT_ATTENDU, Fait.CONVENTION_RESILIEE,
                Fait.REVERSEMENT_DEMANDE, Fait.REVERSEMENT_TITRE_EMIS, Fait.LAUREAT_PHASE2_DESISTE, Fait.RAPPORT_REJETE,
                Fait.RAPPORT_APPROUVE,
                Fait.INSCRIPTION_SESSION_ENREGISTREE, Fait.INSCRIPTION_SESSION_PROMUE, Fait.INSCRIPTION_SESSION_ANNULEE);
        assertEquals(notifies.size(), notifies.stream().map(ModelesParFait::pour).map(Optional::orElseThrow)
                .distinct().count());
        assertEquals(Optional.of(Modele.ACCUSE_RECEPTION), ModelesParFait.pour(Fait.CANDIDATURE_DEPOSEE));
        // Only the acknowledgement of receipt carries a document (its PDF).
        for (Modele m : Modele.values()) {
            assertEquals(m == Modele.ACCUSE_RECEPTION, m.document().isPresent(), m.name());
        }
        Arrays.stream(Fait.values()).filter(f -> !notifies.contains(f))
                .forEach(autre -> assertTrue(ModelesParFait.pour(autre).isEmpty(), autre.fact()));
        // Reminders and the webhook notice answer no fact.
        for (Modele m : new Modele[]{Modele.RELANCE_CLOTURE, Modele.RELANCE_RAPPORT, Modele.WEBHOOK_DESACTIVE}) {
            assertTrue(Arrays.stream(Fait.values()).map(ModelesParFait::pour).noneMatch(Optional.of(m)::equals));
        }
    }
}
