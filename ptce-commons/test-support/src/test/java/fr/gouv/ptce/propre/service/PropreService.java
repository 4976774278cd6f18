package fr.gouv.ptce.propre.service;

import fr.gouv.ptce.propre.domain.Tarif;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;

/** Fixture of ArchitectureRulesTest: a service that owns its transaction and its database access. */
@Transactional
public class PropreService {

    EntityManager em;

    public String lire() {
        return new Tarif().au(LocalDate.of(2026, 1, 1), "OUVERT") + String.valueOf(em);
    }
}
