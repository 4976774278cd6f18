package fr.gouv.ptce.financement.domain;

/** A campaign's schedule template that cannot be applied to an agreement's amount. */
public class EcheancierInapplicableException extends RuntimeException {
    public EcheancierInapplicableException(String message) {
        super(message);
    }
}
