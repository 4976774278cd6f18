package fr.gouv.ptce.candidature;

import fr.gouv.ptce.commons.testing.DurcissementAttendu;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** The shared HTTP hardening of ptce-commons is active in this service. */
@QuarkusTest
@Order(13)
class DurcissementHttpTest {

    @Test
    void enTetesDeSecuriteEtCorsRestreint() {
        DurcissementAttendu.enTetesEtCors("/api/v1/candidatures");
    }
}
