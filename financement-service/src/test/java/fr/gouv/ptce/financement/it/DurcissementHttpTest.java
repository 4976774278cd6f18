package fr.gouv.ptce.financement.it;

import fr.gouv.ptce.commons.testing.DurcissementAttendu;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

/** The shared HTTP hardening of ptce-commons is active in this service; and its audit journal is guarded. */
@QuarkusTest
class DurcissementHttpTest {

    @Test
    void enTetesDeSecuriteEtCorsRestreint() {
        DurcissementAttendu.enTetesEtCors("/api/v1/conventions");
    }

    @Test
    void corpsTropGrandRefuse() {
        DurcissementAttendu.corpsTropGrandRefuse("/api/v1/rapports/" + UUID.randomUUID() + "/rejet");
    }

    @Test
    void journalDAuditReserveAuxAdministrateursEtGestionnaires() {
        DurcissementAttendu.journalAuditReserve("financement", "instructeur");
    }
}
