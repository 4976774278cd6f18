package fr.gouv.ptce.fauxservice.stockage;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import java.util.UUID;

/** Fixture of ArchitectureRulesTest: a repository class, where the rules want active records (abstract: Panache leaves it alone). */
public abstract class FauxDepot implements PanacheRepositoryBase<Object, UUID> {
}
