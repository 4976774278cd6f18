package fr.gouv.ptce.evaluation.domain;

import fr.gouv.ptce.commons.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void leDomaineResteDuJavaSimpleEtLeServiceNImporteAucunAutre() {
        ArchitectureRules.check("evaluation");
    }
}
