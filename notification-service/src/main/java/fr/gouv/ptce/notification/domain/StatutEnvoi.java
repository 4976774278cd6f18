package fr.gouv.ptce.notification.domain;

/** Where an e-mail or a webhook delivery stands; ENVOYEE/LIVREE and ECHEC are final. */
public enum StatutEnvoi {
    EN_ATTENTE,
    ENVOYEE,
    LIVREE,
    ECHEC
}
