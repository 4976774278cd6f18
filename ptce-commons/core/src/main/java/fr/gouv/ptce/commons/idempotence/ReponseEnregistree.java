package fr.gouv.ptce.commons.idempotence;

import java.net.URI;

/** An answer worth keeping for retries: its status, JSON body and Location. */
public record ReponseEnregistree(int statut, Object corps, URI location) {
}
