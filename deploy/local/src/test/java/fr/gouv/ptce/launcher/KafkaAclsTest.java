package fr.gouv.ptce.launcher;

import fr.gouv.ptce.events.AclsKafka;
import fr.gouv.ptce.events.DroitsKafka;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The local broker's ACLs in Kafka's form, from the repository's topics.json (the broker itself: system tests). */
class KafkaAclsTest {

    @TempDir
    Path data;

    private Set<String> granted(String service, ResourceType type, AclOperation operation) {
        Layout layout = new Layout(Layout.findRepoRoot(Path.of(".")), data);
        List<AclBinding> acls = AclsKafka.de(KafkaAcls.rights(layout).values());
        Set<String> names = new TreeSet<>();
        acls.stream().filter(a -> a.entry().principal().equals("User:" + service))
                .filter(a -> a.pattern().resourceType() == type && a.entry().operation() == operation)
                .forEach(a -> names.add(a.pattern().name()));
        return names;
    }

    @Test
    void a_service_writes_its_topics_and_its_dead_letters_only() {
        assertEquals(Set.of("ptce.campagnes", "ptce.candidatures", "ptce.dlq.candidature"),
                granted("candidature-service", ResourceType.TOPIC, AclOperation.WRITE));
        assertEquals(Set.of("ptce.decisions", "ptce.instructions", "ptce.dlq.evaluation"),
                granted("evaluation-service", ResourceType.TOPIC, AclOperation.WRITE));
        assertEquals(Set.of("ptce.dlq.notification"), granted("notification-service", ResourceType.TOPIC, AclOperation.WRITE));
    }

    @Test
    void a_service_reads_what_it_consumes_with_its_own_group() {
        assertEquals(Set.of("ptce.decisions", "ptce.instructions"),
                granted("candidature-service", ResourceType.TOPIC, AclOperation.READ));
        assertEquals(Set.of("financement-service"), granted("financement-service", ResourceType.GROUP, AclOperation.READ));
        assertTrue(DroitsKafka.topics(KafkaAcls.rights(new Layout(Layout.findRepoRoot(Path.of(".")), data)))
                .containsAll(Set.of("ptce.financements", "ptce.dlq.financement")));
    }
}
