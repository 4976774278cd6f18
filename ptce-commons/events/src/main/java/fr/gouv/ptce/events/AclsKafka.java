package fr.gouv.ptce.events;

import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * {@link DroitsKafka} in the Kafka Admin API's form, for whoever creates the ACLs of a broker (the
 * launcher's, the tests'): one ALLOW binding per operation for principal {@code User:<service>}. Apart
 * from DroitsKafka so that reading the rights needs no Kafka classes (kafka-clients is optional here).
 */
public final class AclsKafka {

    private AclsKafka() {
    }

    public static List<AclBinding> de(Collection<DroitsKafka> droits) {
        List<AclBinding> bindings = new ArrayList<>();
        for (DroitsKafka d : droits) {
            for (DroitsKafka.Acl acl : d.acls()) {
                ResourcePattern ressource = new ResourcePattern(ResourceType.fromString(acl.type()), acl.nom(),
                        PatternType.LITERAL);
                for (String operation : acl.operations()) {
                    bindings.add(new AclBinding(ressource, new AccessControlEntry("User:" + d.service(), "*",
                            AclOperation.fromString(operation), AclPermissionType.ALLOW)));
                }
            }
        }
        return bindings;
    }
}
