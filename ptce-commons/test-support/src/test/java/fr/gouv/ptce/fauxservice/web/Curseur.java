package fr.gouv.ptce.fauxservice.web;

/** Fixture of ArchitectureRulesTest: a local copy of a kit block, which the rules must refuse. */
public final class Curseur {

    private Curseur() {
    }
}
