package fr.gouv.ptce.candidature.demarches;

import java.time.Instant;
import java.util.UUID;

/** A campaign's DS configuration as shown: the token only as "set or not". */
public record ConfigurationDsVue(UUID campagneId, String urlApi, boolean jetonDefini, int numeroDemarche,
                                 String instructeurId, Correspondance correspondance, boolean ecritureRetour,
                                 Instant modifieeLe, String modifieePar) {
}
