package fr.gouv.ptce.autreservice;

/** Fixture of ArchitectureRulesTest: a class of "another service". */
public final class Chose {
}
