package fr.gouv.ptce.events;

/**
 * The data of an event a porteur must be told about: who, and where to write. Facts about an
 * application carry more ({@link DossierConcerne}); a registration to a session of the service
 * offer carries only these two.
 */
public interface PorteurConcerne {

    String porteurSub();

    String contactEmail();
}
