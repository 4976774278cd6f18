package fr.gouv.ptce.events;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The services' Kafka rights read from topics.json: what the brokers of ./ptce up, the tests and Strimzi grant. */
class DroitsKafkaCatalogueTest {

    private final Map<String, DroitsKafka> droits = DroitsKafka.duCatalogue();

    @Test
    void un_service_ecrit_ses_topics_et_ses_lettres_mortes_seulement() {
        assertEquals(Set.of("ptce.campagnes", "ptce.candidatures", "ptce.dlq.candidature"),
                droits.get("candidature-service").ecrit());
        assertEquals(Set.of("ptce.dlq.notification"), droits.get("notification-service").ecrit());
    }

    @Test
    void un_service_lit_ce_qu_il_consomme_avec_son_propre_groupe() {
        DroitsKafka candidature = droits.get("candidature-service");
        assertEquals(Set.of("ptce.decisions", "ptce.instructions"), candidature.lit());
        assertEquals(Optional.of("candidature-service"), candidature.groupe());
        assertTrue(candidature.acls().contains(new DroitsKafka.Acl("group", "candidature-service", java.util.List.of("Read"))));
        assertTrue(candidature.acls().stream().noneMatch(a -> a.nom().equals("ptce.decisions")
                && a.operations().contains("Write")), "candidature-service n'écrit pas ptce.decisions");
    }

    @Test
    void les_topics_a_creer_comprennent_les_lettres_mortes() {
        assertTrue(DroitsKafka.topics(droits).containsAll(Set.of("ptce.financements", "ptce.dlq.financement",
                "ptce.dlq.evaluation", "ptce.dlq.notification")));
    }
}
