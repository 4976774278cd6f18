package fr.gouv.ptce.evaluation.classement;

import fr.gouv.ptce.commons.csv.FichierCsv;
import fr.gouv.ptce.evaluation.instruction.Instruction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static fr.gouv.ptce.commons.csv.FichierCsv.texte;

/**
 * The ranking as the committee opens it in a spreadsheet: the kit's French CSV (';', UTF-8 with a
 * byte order mark, CRLF, quoting and formula guard), the score with a decimal comma (4,25). The
 * ranked files in rank order, then the files not ranked yet (empty rank and score), by number.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ExportClassement {

    static final String[] ENTETE = {"rang", "numero", "raisonSociale", "siret", "region", "score", "evaluations",
            "decision", "divergence"};

    @Inject
    ClassementService classement;

    public Fichier csv(UUID campagneId) {
        ClassementVues.Classement c = classement.classement(campagneId);
        Map<UUID, Instruction> dossiers = Instruction.deLaCampagne(campagneId).stream()
                .collect(Collectors.toMap(d -> d.candidatureId, Function.identity()));
        FichierCsv fichier = FichierCsv.pourTableur(ENTETE);
        for (ClassementVues.Ligne l : c.dossiers()) {
            Instruction d = dossiers.get(l.candidatureId());
            fichier.ligne(String.valueOf(l.rang()), texte(l.numero()), texte(l.raisonSociale()), texte(d.siret),
                    texte(l.region()), FichierCsv.decimalFrancais(l.score()),
                    String.valueOf(l.totauxEvaluateurs().size()), l.decision() == null ? "" : l.decision().name(),
                    l.divergence() ? "oui" : "non");
        }
        for (ClassementVues.NonClasse n : c.nonClasses()) {
            Instruction d = dossiers.get(n.candidatureId());
            fichier.ligne("", texte(n.numero()), texte(n.raisonSociale()), texte(d.siret), texte(d.region), "",
                    String.valueOf(n.evaluationsSoumises()), d.decision == null ? "" : d.decision.name(), "");
        }
        return new Fichier("classement-" + c.campagneCode().replaceAll("[^A-Za-z0-9_-]", "_") + ".csv",
                fichier.contenu());
    }

    public record Fichier(String nom, String contenu) {
    }
}
