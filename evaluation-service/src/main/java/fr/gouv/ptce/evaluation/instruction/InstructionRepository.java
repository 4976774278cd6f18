package fr.gouv.ptce.evaluation.instruction;

import fr.gouv.ptce.commons.page.Curseur;
import fr.gouv.ptce.evaluation.domain.StatutInstruction;
import fr.gouv.ptce.evaluation.domain.TypeDecision;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class InstructionRepository implements PanacheRepositoryBase<Instruction, UUID> {

    public Optional<Instruction> verrouiller(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** A page in deposit order, strictly after {@code apres}; one more row tells whether a next page exists. */
    public List<Instruction> page(UUID campagne, StatutInstruction statut, Curseur.Position apres, int taille) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (campagne != null) {
            where.append(" and campagneId = :campagne");
            p.and("campagne", campagne);
        }
        if (statut != null) {
            where.append(" and statut = :statut");
            p.and("statut", statut);
        }
        if (apres != null) {
            where.append(" and (deposeeLe > :instant or (deposeeLe = :instant and candidatureId > :id))");
            p.and("instant", apres.instant()).and("id", apres.id());
        }
        return find(where + " order by deposeeLe, candidatureId", p).page(0, taille + 1).list();
    }

    public List<Instruction> deLaCampagne(UUID campagne) {
        return list("campagneId", campagne);
    }

    public long laureats(UUID campagne) {
        return count("campagneId = ?1 and statut = ?2 and decision = ?3", campagne, StatutInstruction.DECIDEE,
                TypeDecision.LAUREAT);
    }

    /** The waiting list of a campaign, best rank first. */
    public List<Instruction> listeAttente(UUID campagne) {
        return new ArrayList<>(list("campagneId = ?1 and statut = ?2 and decision = ?3 order by rang, numero",
                campagne, StatutInstruction.DECIDEE, TypeDecision.LISTE_ATTENTE));
    }
}
