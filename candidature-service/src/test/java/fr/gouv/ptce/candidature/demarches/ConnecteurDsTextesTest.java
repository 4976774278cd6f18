package fr.gouv.ptce.candidature.demarches;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.gouv.ptce.candidature.domain.ViolationRegle;
import org.junit.jupiter.api.Test;

import java.net.Proxy;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The texts sent to DS applicants and told to instructeurs, and the proxy rules of the calls to DS. */
class ConnecteurDsTextesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void leMessageDIneligibiliteDonneChaqueRegleEnFrancaisUneParLigne() {
        String m = MessagesDs.ineligibilite(42, List.of(
                new ViolationRegle("SIRET_INVALIDE", "structure.siret", "le numéro SIRET 123 est invalide"),
                new ViolationRegle("MEMBRES_INSUFFISANTS", "membres", "au moins trois membres sont requis.")));
        assertTrue(m.startsWith("Votre dossier n° 42 ne peut pas être instruit"), m);
        assertTrue(m.contains("\n- Le numéro SIRET 123 est invalide.\n- Au moins trois membres sont requis.\n"), m);
        assertFalse(m.contains("SIRET_INVALIDE"));
        UUID id = UUID.randomUUID();
        assertTrue(MessagesDs.avecReference(m, id).endsWith(MessagesDs.REFERENCE + id));
    }

    @Test
    void lesChangementsNommentLesChampsEtLesPiecesModifies() {
        String avant = "{\"projet\":{\"titre\":\"A\",\"description\":\"D\"},\"membres\":[{\"nom\":\"X\"}]}";
        String apres = "{\"projet\":{\"titre\":\"B\",\"description\":\"D\"},\"membres\":[{\"nom\":\"X\"},{\"nom\":\"Y\"}]}";
        String fa = "[[\"STATUTS\",\"s.pdf\",\"1\"],[\"BUDGET\",\"b.pdf\",\"2\"]]";
        String fb = "[[\"STATUTS\",\"s.pdf\",\"1\"],[\"BUDGET\",\"b2.pdf\",\"3\"]]";
        assertEquals("champs modifiés : membres[1].nom, projet.titre ; pièces modifiées : BUDGET « b2.pdf »",
                ChangementsDossier.decrire(JSON, avant, fa, apres, fb));
        assertEquals("aucun champ ni pièce modifié", ChangementsDossier.decrire(JSON, avant, fa, avant, fa));
        assertEquals("pièces modifiées : BUDGET (retirée)",
                ChangementsDossier.decrire(JSON, avant, fa, avant, "[[\"STATUTS\",\"s.pdf\",\"1\"]]"));
    }

    @Test
    void leProxyDeKubernetesEstSuiviSaufPourLesHotesExclus() {
        var s = ProxyDs.selecteur(Optional.of("http://proxy.interne:3128"), Optional.of("localhost,.svc.cluster.local,gouv.fr"));
        Proxy p = s.select(URI.create("https://www.demarches-simplifiees.fr/api/v2/graphql")).get(0);
        assertEquals(Proxy.Type.HTTP, p.type());
        assertEquals("proxy.interne:3128", p.address().toString().replace("/<unresolved>", ""));
        assertEquals(Proxy.NO_PROXY, s.select(URI.create("https://api.ds.gouv.fr/x")).get(0));
        assertEquals(Proxy.NO_PROXY, s.select(URI.create("http://keycloak.ptce.svc.cluster.local/x")).get(0));
        assertEquals(Proxy.NO_PROXY, s.select(URI.create("http://localhost:8080/")).get(0));
        assertFalse(ProxyDs.direct("evilgouv.fr", List.of("gouv.fr")), "suffixe de domaine, pas de chaîne");
    }
}
