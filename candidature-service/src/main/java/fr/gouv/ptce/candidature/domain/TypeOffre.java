package fr.gouv.ptce.candidature.domain;

/** INDIVIDUEL: coaching hours per structure; COLLECTIF: a session (workshop, webinar) with seats. */
public enum TypeOffre {
    INDIVIDUEL,
    COLLECTIF
}
