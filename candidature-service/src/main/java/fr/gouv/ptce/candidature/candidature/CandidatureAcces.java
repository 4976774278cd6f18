package fr.gouv.ptce.candidature.candidature;

import fr.gouv.ptce.commons.problem.ProblemException;
import fr.gouv.ptce.commons.security.CurrentUser;
import fr.gouv.ptce.commons.security.Roles;
import fr.gouv.ptce.candidature.domain.StatutCandidature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import java.util.UUID;

/**
 * Ownership, checked in the service and not only by role: a porteur reaches only the files it
 * created (token sub); anyone else's answers 404 so that ids do not leak. Staff who read files:
 * instructeur, comite, admin, each within its territory ({@link CurrentUser#portee()}: national, or
 * the files of its régions). An evaluator reads only the files it is cleared on, in its territory.
 */
@ApplicationScoped
public class CandidatureAcces {

    @Inject
    CurrentUser user;

    public boolean estLecteurStaff() {
        return user.hasRole(Roles.INSTRUCTEUR) || user.hasRole(Roles.COMITE) || user.hasRole(Roles.ADMIN);
    }

    /** The file if the caller may read it (owner, staff reader or evaluator cleared on it), else 404. */
    public Candidature pourLecture(UUID id) {
        return pourLecture(id, Candidature.findById(id));
    }

    /** File {@code id}, already read ({@code c}, null if unknown), if the caller may read it; else 404. */
    public Candidature pourLecture(UUID id, Candidature c) {
        if (c == null || !(estProprietaire(c) || dansLaPortee(c) && (estLecteurStaff() || estEvaluateurHabilite(c)))) {
            throw introuvable(id);
        }
        return c;
    }

    /** Whether the file's région is within the caller's territory (national: every file). */
    public boolean dansLaPortee(Candidature c) {
        return user.portee().couvre(c.region);
    }

    /**
     * An evaluator reads a file from its declaration of no conflict until the decision; before the
     * declaration, after a declared conflict, after the decision or on any other file: 404.
     */
    public boolean estEvaluateurHabilite(Candidature c) {
        return user.hasRole(Roles.EVALUATEUR) && StatutCandidature.AVANT_DECISION.contains(c.statut)
                && HabilitationEvaluateur.existe(c.id, user.sub());
    }

    /** The file, locked for update, if the caller owns it; else 404 (even for staff: only the owner writes). */
    public Candidature pourProprietaire(UUID id) {
        Candidature c = Candidature.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (c == null || !estProprietaire(c)) {
            throw introuvable(id);
        }
        return c;
    }

    public boolean estProprietaire(Candidature c) {
        return c.porteurSub.equals(user.sub());
    }

    public static ProblemException introuvable(UUID id) {
        return ProblemException.notFound("Aucune candidature " + id + ".");
    }
}
