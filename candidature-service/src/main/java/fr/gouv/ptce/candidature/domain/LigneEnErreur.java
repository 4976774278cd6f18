package fr.gouv.ptce.candidature.domain;

/** A refused line of an imported file: its number in the file (header = line 1) and why. */
public record LigneEnErreur(int ligne, String message) {
}
