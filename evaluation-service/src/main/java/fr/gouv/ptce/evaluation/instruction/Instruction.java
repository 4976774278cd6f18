package fr.gouv.ptce.evaluation.instruction;

import fr.gouv.ptce.evaluation.domain.Phase;
import fr.gouv.ptce.evaluation.domain.StatutInstruction;
import fr.gouv.ptce.evaluation.domain.TypeDecision;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;
import fr.gouv.ptce.commons.page.Curseur;
import fr.gouv.ptce.commons.portee.Portee;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An instruction file: the candidature as deposited (snapshot) and where it stands here. Its id
 * is the candidature's id, so every service speaks of the same file with the same id.
 */
@Entity
@Table(name = "instruction")
public class Instruction extends PanacheEntityBase {

    @Id
    @Column(name = "candidature_id")
    public UUID candidatureId;

    public String numero;

    @Column(name = "campagne_id")
    public UUID campagneId;

    @Column(name = "campagne_code")
    public String campagneCode;

    @Enumerated(EnumType.STRING)
    public Phase phase;

    @Enumerated(EnumType.STRING)
    public StatutInstruction statut;

    @Column(name = "porteur_sub")
    public String porteurSub;

    @Column(name = "contact_email")
    public String contactEmail;

    public String siret;

    @Column(name = "raison_sociale")
    public String raisonSociale;

    @Column(name = "code_commune")
    public String codeCommune;

    public String departement;
    public String region;

    @Column(name = "contact_nom")
    public String contactNom;

    @Column(name = "contact_telephone")
    public String contactTelephone;

    /** JSON array of the project's sectors. */
    public String secteurs;

    /** The candidature as deposited, JSON. */
    public String snapshot;

    @Column(name = "deposee_le")
    public Instant deposeeLe;

    @Column(name = "recue_le")
    public Instant recueLe;

    @Column(name = "instructeur_sub")
    public String instructeurSub;

    @Column(name = "instructeur_nom")
    public String instructeurNom;

    @Column(name = "motif_corrections")
    public String motifCorrections;

    @Column(name = "motivation_recevabilite")
    public String motivationRecevabilite;

    @Enumerated(EnumType.STRING)
    public TypeDecision decision;

    public Integer rang;

    @Column(name = "modifiee_le")
    public Instant modifieeLe;

    /** When the purge removed the personal data of this not-retained file (null: never). */
    @Column(name = "anonymisee_le")
    public Instant anonymiseeLe;

    public static Optional<Instruction> verrouiller(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** A page in deposit order, strictly after {@code apres}; one more row tells whether a next page exists. */
    public static List<Instruction> page(UUID campagne, StatutInstruction statut, Portee portee, Curseur.Position apres,
                                         int taille) {
        StringBuilder where = new StringBuilder(portee.condition("region", "regionsPortee"));
        Parameters p = new Parameters();
        if (portee.aLier()) {
            p.and("regionsPortee", portee.regions());
        }
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

    public static List<Instruction> deLaCampagne(UUID campagne) {
        return list("campagneId", campagne);
    }

    public static long laureats(UUID campagne) {
        return count("campagneId = ?1 and statut = ?2 and decision = ?3", campagne, StatutInstruction.DECIDEE,
                TypeDecision.LAUREAT);
    }

    /** The waiting list of a campaign, best rank first. */
    public static List<Instruction> listeAttente(UUID campagne) {
        return new ArrayList<>(list("campagneId = ?1 and statut = ?2 and decision = ?3 order by rang, numero",
                campagne, StatutInstruction.DECIDEE, TypeDecision.LISTE_ATTENTE));
    }
}
