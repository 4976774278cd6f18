package fr.gouv.ptce.notification.domain;

import fr.gouv.ptce.commons.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;



class CurseurEtModeleTest {

    @Test
    void leDomaineResteDuJavaSimpleEtLeServiceNImporteAucunAutre() {
        ArchitectureRules.check("notification");
    }
}
