package fr.gouv.ptce.events;

import java.util.UUID;

/**
 * The data of an event about one application: which file, and who to tell. Every fact about an
 * application carries these four fields, so that notification-service can write to the porteur
 * without asking anyone.
 */
public interface DossierConcerne extends PorteurConcerne {

    UUID candidatureId();

    String numero();
}
