package fr.gouv.ptce.commons.concurrence;

/**
 * What the API answers about an editable resource, with the version of its row: the kit sends it
 * as the answer's {@code ETag} ({@link EnTeteETag}), and a change sent with {@code If-Match} is
 * checked against it ({@link Versions#verifier}).
 */
public interface Versionnee {

    long version();
}
