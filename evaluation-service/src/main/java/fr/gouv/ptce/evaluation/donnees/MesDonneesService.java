package fr.gouv.ptce.evaluation.donnees;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.gouv.ptce.commons.security.CurrentUser;
import fr.gouv.ptce.evaluation.decision.Decision;
import fr.gouv.ptce.evaluation.decision.Desistement;
import fr.gouv.ptce.evaluation.instruction.Instruction;
import fr.gouv.ptce.evaluation.instruction.JournalInstruction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;

/** The caller's own files: rows whose owner is the caller's {@code sub}, nothing else. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MesDonneesService {

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper mapper;

    public MesDonnees lire() {
        String sub = user.sub();
        List<MesDonnees.Dossier> dossiers = Instruction.<Instruction>list("porteurSub", Sort.by("deposeeLe").and("candidatureId"), sub)
                .stream().map(this::dossier).toList();
        return new MesDonnees(sub, clock.instant(), dossiers);
    }

    private MesDonnees.Dossier dossier(Instruction d) {
        return new MesDonnees.Dossier(d.candidatureId, d.numero, d.campagneCode, d.statut.name(), d.siret,
                d.raisonSociale, d.contactNom, d.contactEmail, d.contactTelephone, json(d.snapshot), d.deposeeLe,
                d.motifCorrections, d.motivationRecevabilite,
                JournalInstruction.<JournalInstruction>list("candidatureId", Sort.by("id"), d.candidatureId).stream()
                        .map(j -> new MesDonnees.Etape(j.action, j.statut, j.survenuLe)).toList(),
                Decision.<Decision>list("candidatureId", Sort.by("decideLe").and("id"), d.candidatureId).stream()
                        .map(x -> new MesDonnees.Decision(x.type.name(), x.motivation, x.decideLe, x.rang)).toList(),
                Desistement.<Desistement>list("candidatureId", Sort.by("desisteLe").and("id"), d.candidatureId).stream()
                        .map(x -> new MesDonnees.Desistement(x.motif, x.desisteLe)).toList());
    }

    private JsonNode json(String texte) {
        try {
            return mapper.readTree(texte);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Instantané de dépôt illisible", e);
        }
    }
}
