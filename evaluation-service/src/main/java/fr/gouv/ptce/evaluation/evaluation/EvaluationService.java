package fr.gouv.ptce.evaluation.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.gouv.ptce.commons.concurrence.Versions;
import fr.gouv.ptce.commons.outbox.Outbox;
import fr.gouv.ptce.commons.page.Curseur;
import fr.gouv.ptce.commons.page.Page;
import fr.gouv.ptce.commons.problem.ProblemException;
import fr.gouv.ptce.commons.problem.Violation;
import fr.gouv.ptce.commons.security.CurrentUser;
import fr.gouv.ptce.evaluation.campagne.Campagne;
import fr.gouv.ptce.evaluation.campagne.GrilleJson;
import fr.gouv.ptce.evaluation.web.Problemes;
import fr.gouv.ptce.evaluation.config.EvaluationSettings;
import fr.gouv.ptce.evaluation.domain.Bareme;
import fr.gouv.ptce.evaluation.domain.CycleAffectation;
import fr.gouv.ptce.evaluation.domain.CycleInstruction;
import fr.gouv.ptce.evaluation.domain.Grille;
import fr.gouv.ptce.evaluation.domain.Note;
import fr.gouv.ptce.evaluation.domain.StatutAffectation;
import fr.gouv.ptce.evaluation.instruction.Instruction;
import fr.gouv.ptce.evaluation.instruction.PorteeDossiers;
import fr.gouv.ptce.evaluation.instruction.Journal;
import fr.gouv.ptce.evaluation.annuaire.Annuaire;
import fr.gouv.ptce.evaluation.annuaire.ChoixEvaluateur;
import fr.gouv.ptce.evaluation.annuaire.Evaluateur;
import fr.gouv.ptce.events.EvaluateurAffecte;
import fr.gouv.ptce.events.EvaluateurHabilite;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;

/**
 * Evaluators and their scoring. An evaluator only ever reaches its own assignments (anyone
 * else's answers 404), must declare its interests first, and submits once.
 */
@ApplicationScoped
@Transactional
public class EvaluationService {

    @Inject
    Journal journal;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    EvaluationSettings settings;

    @Inject
    ObjectMapper mapper;

    @Inject
    Outbox outbox;

    @Inject
    PorteeDossiers portee;

    @Inject
    Annuaire annuaire;

    /**
     * The instructeur names an evaluator for an admissible file: a user of the directory (Keycloak) with
     * the role evaluateur whose scope covers the file's région, neither its porteur nor the instructeur
     * (else 422 naming {@code evaluateurSub}). Its name and e-mail come from the directory, and the
     * event evaluateur.affecte has notification-service write to it.
     */
    public EvaluationVues.Affectee affecter(UUID candidatureId, String evaluateurSub) {
        Instruction dossier = portee.verrouiller(candidatureId);
        if (Campagne.<Campagne>findByIdOptional(dossier.campagneId).filter(Campagne::decideeSurInstruction).isPresent()) {
            throw ProblemException.conflict("campagne-sans-grille", "La campagne de ce dossier n'a pas de grille de "
                    + "notation : le comité décide sur la seule instruction, sans évaluateur.");
        }
        dossier.statut = CycleInstruction.affecterEvaluateur(dossier.statut);
        String sub = evaluateurSub.strip();
        ChoixEvaluateur.Resultat choix = ChoixEvaluateur.choisir(sub, annuaire.evaluateurs(), dossier.region,
                dossier.porteurSub, instructeurs(dossier));
        Evaluateur evaluateur = choix.evaluateur().orElseThrow(() -> ProblemException.unprocessable(
                "evaluateur-invalide", "Cette personne ne peut pas évaluer ce dossier.",
                List.of(new Violation("evaluateurSub", choix.refus()))));
        if (Affectation.existe(candidatureId, sub)) {
            throw ProblemException.conflict("evaluateur-deja-affecte",
                    "Cet évaluateur est déjà (ou a déjà été) affecté à ce dossier.");
        }
        Affectation a = new Affectation();
        a.id = UUID.randomUUID();
        a.candidatureId = candidatureId;
        a.evaluateurSub = sub;
        a.evaluateurNom = evaluateur.nom();
        a.statut = StatutAffectation.DECLARATION_ATTENDUE;
        a.affecteePar = user.displayName();
        a.affecteeLe = clock.instant();
        Affectation.persist(a);
        dossier.modifieeLe = clock.instant();
        journal.noter(dossier, "EVALUATEUR_AFFECTE", user.displayName(), a.evaluateurNom);
        outbox.publish(dossier.candidatureId, new EvaluateurAffecte(dossier.candidatureId, dossier.numero,
                dossier.campagneId, a.id, sub, evaluateur.nom(), evaluateur.email(), a.affecteeLe));
        return new EvaluationVues.Affectee(a.id, candidatureId, a.evaluateurSub, a.evaluateurNom, a.statut, a.affecteeLe);
    }

    /** The instructeur assigning and the one in charge of the file (often the same): neither may evaluate it. */
    private Set<String> instructeurs(Instruction dossier) {
        Set<String> s = new HashSet<>();
        s.add(user.sub());
        if (dossier.instructeurSub != null) {
            s.add(dossier.instructeurSub);
        }
        return s;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<EvaluationVues.Resume> mesEvaluations(StatutAffectation statut, String curseur, int taille) {
        List<Affectation> lignes = Affectation.page(user.sub(), statut, portee.portee(), Curseur.position(curseur), taille);
        return Page.depuis(lignes, taille, a -> {
            Instruction d = Instruction.findById(a.candidatureId);
            return new EvaluationVues.Resume(a.id, a.candidatureId, d.numero, d.campagneId, d.raisonSociale, d.siret,
                    membres(d), a.statut, a.affecteeLe, a.soumiseLe);
        }, a -> Curseur.apres(a.affecteeLe, a.id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EvaluationVues.Detail detail(UUID id) {
        Affectation a = mienne(id, false);
        if (!CycleAffectation.peutLireLeDossier(a.statut)) {
            throw new ProblemException(fr.gouv.ptce.commons.problem.Problem.of(403, "declaration-interets-requise",
                    "Accès refusé", a.statut == StatutAffectation.CONFLIT
                            ? "Un conflit d'intérêts a été déclaré : le dossier n'est plus accessible (statut CONFLIT)."
                            : "Déclarez vos intérêts avant de consulter le dossier (statut DECLARATION_ATTENDUE)."));
        }
        return vue(a);
    }

    public EvaluationVues.Declaration declarer(UUID id, boolean conflit, String precision) {
        Affectation a = mienne(id, true);
        a.statut = CycleAffectation.declarerInterets(a.statut, conflit);
        a.conflit = conflit;
        a.precisionInterets = precision == null || precision.isBlank() ? null : precision.strip();
        a.declareeLe = clock.instant();
        Instruction dossier = Instruction.findById(a.candidatureId);
        if (conflit) {
            journal.noter(dossier, "CONFLIT_INTERETS", a.evaluateurNom,
                    "conflit déclaré : un autre évaluateur est à affecter");
        } else {
            // candidature-service opens the application and its attachments to this evaluator until the decision
            outbox.publish(dossier.candidatureId, new EvaluateurHabilite(dossier.candidatureId, dossier.numero,
                    dossier.campagneId, a.evaluateurSub, a.declareeLe));
        }
        return new EvaluationVues.Declaration(a.id, a.statut, conflit, a.precisionInterets, a.declareeLe);
    }

    public EvaluationVues.Detail noter(UUID id, EvaluationDemandes.Notation notation, String ifMatch) {
        Affectation a = mienne(id, true);
        Versions.verifier(ifMatch, a.version, false);
        CycleAffectation.noter(a.statut);
        Instruction dossier = Instruction.findById(a.candidatureId);
        exigerDossierEvaluable(dossier);
        Grille grille = grille(dossier);
        List<Violation> fautes = new ArrayList<>();
        Set<String> vus = new HashSet<>();
        for (int i = 0; i < notation.notes().size(); i++) {
            EvaluationDemandes.NoteSaisie n = notation.notes().get(i);
            if (grille.critere(n.critere()).isEmpty()) {
                fautes.add(new Violation("notes[" + i + "].critere", "critère absent de la grille de la campagne : "
                        + n.critere()));
            } else if (!vus.add(n.critere())) {
                fautes.add(new Violation("notes[" + i + "].critere", "critère noté deux fois : " + n.critere()));
            }
            String probleme = Note.probleme(n.note());
            if (probleme != null) {
                fautes.add(new Violation("notes[" + i + "].note", probleme));
            }
        }
        if (!fautes.isEmpty()) {
            throw new ProblemException(fr.gouv.ptce.commons.problem.Problem.of(400, "requete-invalide",
                    "Requête invalide", "Un ou plusieurs champs sont invalides.").withViolations(fautes));
        }
        a.version++;
        a.notes.clear();
        for (EvaluationDemandes.NoteSaisie n : notation.notes()) {
            a.notes.add(new NoteCritere(n.critere(), n.note(), blancEnNull(n.commentaire())));
        }
        a.avis = blancEnNull(notation.avis());
        a.modifieeLe = clock.instant();
        return vue(a);
    }

    /** Submits once: every criterion noted and commented; the total is fixed then. */
    public EvaluationVues.Detail soumettre(UUID id) {
        Affectation a = mienne(id, true);
        CycleAffectation.noter(a.statut);
        Instruction dossier = Instruction.verrouiller(a.candidatureId).orElseThrow(Problemes::dossierIntrouvable);
        exigerDossierEvaluable(dossier);
        Grille grille = grille(dossier);
        Map<String, BigDecimal> notes = new LinkedHashMap<>();
        List<Violation> fautes = new ArrayList<>();
        for (NoteCritere n : a.notes) {
            notes.put(n.critere, n.note);
        }
        for (String manquant : Bareme.criteresManquants(grille, notes)) {
            fautes.add(new Violation("notes." + manquant, "critère sans note"));
        }
        for (NoteCritere n : a.notes) {
            if (n.commentaire == null) {
                fautes.add(new Violation("notes." + n.critere + ".commentaire", "un commentaire est attendu pour chaque critère"));
            }
        }
        if (!fautes.isEmpty()) {
            throw ProblemException.unprocessable("evaluation-incomplete",
                    "L'évaluation ne peut être soumise : chaque critère de la grille doit être noté et commenté.", fautes);
        }
        a.statut = CycleAffectation.soumettre(a.statut);
        a.total = Bareme.total(grille, notes);
        a.soumiseLe = clock.instant();
        Affectation.flush();
        int soumises = (int) Affectation.soumises(dossier.candidatureId);
        dossier.statut = CycleInstruction.apresSoumission(dossier.statut, soumises, settings.evaluationsMinimum());
        dossier.modifieeLe = clock.instant();
        journal.noter(dossier, "EVALUATION_SOUMISE", a.evaluateurNom, null);
        return vue(a);
    }

    private Affectation mienne(UUID id, boolean verrou) {
        // an assignment on a file outside the evaluator's régions is out of its reach like another's
        return Affectation.delEvaluateur(id, user.sub(), verrou)
                .filter(a -> portee.couvre(Instruction.findById(a.candidatureId)))
                .orElseThrow(() -> ProblemException.notFound("Aucune évaluation avec cet identifiant parmi les vôtres."));
    }

    private void exigerDossierEvaluable(Instruction dossier) {
        if (!CycleInstruction.EVALUABLES.contains(dossier.statut)) {
            throw ProblemException.conflict("dossier-non-evaluable", "Le dossier n'est plus en évaluation (statut "
                    + dossier.statut + ") : l'évaluation ne peut plus changer.");
        }
    }

    private Grille grille(Instruction dossier) {
        Campagne c = Campagne.<Campagne>findByIdOptional(dossier.campagneId).orElseThrow(Problemes::campagneInconnue);
        return GrilleJson.lire(c.grille);
    }

    private EvaluationVues.Detail vue(Affectation a) {
        Instruction d = Instruction.findById(a.candidatureId);
        List<EvaluationVues.CritereGrille> grille = Campagne.<Campagne>findByIdOptional(d.campagneId)
                .map(c -> GrilleJson.lire(c.grille).criteres().stream()
                        .map(x -> new EvaluationVues.CritereGrille(x.code(), x.libelle(), x.poids())).toList())
                .orElse(List.of());
        return new EvaluationVues.Detail(a.id, a.candidatureId, d.numero, d.campagneId, a.statut, a.conflit,
                a.precisionInterets, a.declareeLe, grille,
                a.notes.stream().map(n -> new EvaluationVues.NoteVue(n.critere, n.note, n.commentaire)).toList(),
                a.avis, Bareme.affichage(a.total), a.soumiseLe, json(d.snapshot), a.version);
    }

    private List<String> membres(Instruction d) {
        JsonNode membres = json(d.snapshot).path("membres");
        return StreamSupport.stream(membres.spliterator(), false).map(m -> m.path("nom").asText()).toList();
    }

    private JsonNode json(String texte) {
        try {
            return mapper.readTree(texte);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("instantané illisible", e);
        }
    }

    private static String blancEnNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
