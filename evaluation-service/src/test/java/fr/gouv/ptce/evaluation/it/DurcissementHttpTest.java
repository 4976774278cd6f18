package fr.gouv.ptce.evaluation.it;

import fr.gouv.ptce.commons.testing.DurcissementAttendu;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.util.UUID;

/** The shared HTTP hardening of ptce-commons is active in this service; and its audit journal is guarded. */
@QuarkusTest
@Order(6)
class DurcissementHttpTest {

    @Test
    void enTetesDeSecuriteEtCorsRestreint() {
        DurcissementAttendu.enTetesEtCors("/api/v1/instructions");
    }

    @Test
    void corpsTropGrandRefuse() {
        DurcissementAttendu.corpsTropGrandRefuse("/api/v1/campagnes/" + UUID.randomUUID() + "/decisions");
    }

    @Test
    void journalDAuditReserveAuxAdministrateursEtGestionnaires() {
        DurcissementAttendu.journalAuditReserve("evaluation", "comite");
    }
}
