package fr.gouv.ptce.candidature.domain;

import fr.gouv.ptce.commons.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void leDomaineResteDuJavaSimpleEtLeServiceNImporteAucunAutre() {
        ArchitectureRules.check("candidature");
    }
}
