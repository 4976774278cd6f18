package fr.gouv.ptce.fauxservice.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.gouv.ptce.autreservice.Chose;

/** Fixture of ArchitectureRulesTest: a domain class that uses Jackson and another service. */
public final class Regle {

    final ObjectMapper mapper = new ObjectMapper();
    final Chose chose = new Chose();
}
