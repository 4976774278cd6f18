package fr.gouv.ptce.evaluation.instruction;

import fr.gouv.ptce.commons.portee.Portee;
import fr.gouv.ptce.commons.security.CurrentUser;
import fr.gouv.ptce.evaluation.web.Problemes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.UUID;

/**
 * The caller's territory applied to files (issue 21): a file whose région is outside the caller's
 * scope does not exist for it (404, as a stranger's file), on reads and on actions alike. Acts over
 * a whole campaign (closing the selection, promoting from the waiting list, the minutes) belong to
 * the national cell only.
 */
@ApplicationScoped
public class PorteeDossiers {

    @Inject
    CurrentUser user;

    public Portee portee() {
        return user.portee();
    }

    public boolean couvre(Instruction dossier) {
        return user.portee().couvre(dossier.region);
    }

    /** The file if the caller's scope covers it. */
    public Optional<Instruction> filtrer(Optional<Instruction> dossier) {
        return dossier.filter(this::couvre);
    }

    /** The file, read, if it exists and is within the caller's scope; else 404. */
    public Instruction lire(UUID id) {
        return filtrer(Instruction.findByIdOptional(id)).orElseThrow(Problemes::dossierIntrouvable);
    }

    /** The file, locked for update, if it exists and is within the caller's scope; else 404. */
    public Instruction verrouiller(UUID id) {
        return filtrer(Instruction.verrouiller(id)).orElseThrow(Problemes::dossierIntrouvable);
    }

    /** For an act over a whole campaign: a regional scope is refused (403). */
    public void exigerNationale(String acte) {
        if (!user.portee().estNationale()) {
            throw Problemes.porteeNationaleRequise(acte);
        }
    }
}
