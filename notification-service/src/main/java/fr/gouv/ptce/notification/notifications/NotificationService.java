package fr.gouv.ptce.notification.notifications;

import fr.gouv.ptce.commons.page.Curseur;
import fr.gouv.ptce.commons.page.Page;
import fr.gouv.ptce.commons.portee.Portee;
import fr.gouv.ptce.commons.problem.ProblemException;
import fr.gouv.ptce.commons.security.CurrentUser;
import fr.gouv.ptce.notification.domain.Modele;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads the notifications and their documents: a porteur only its own (by token sub), the staff
 * those of the files of its territory (national: all; a regional scope: the files of its régions,
 * known from their deposit events; notifications about no file are the national cell's).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class NotificationService {

    @Inject
    CurrentUser user;

    /**
     * The document attached to a notification, as it was sent: its recipient porteur (by token
     * sub) or the staff; 404 for anyone else and for a notification without a document.
     */
    public MailRendu.PieceJointe pieceJointe(UUID id) {
        Notification n = Notification.findById(id);
        if (n == null || n.pieceJointe == null || !visible(n)) {
            throw ProblemException.notFound("Aucune notification avec pièce jointe de cet identifiant parmi les vôtres.");
        }
        return new MailRendu.PieceJointe(n.pieceJointeNom, n.pieceJointe);
    }

    /**
     * The acknowledgement of receipt of an application, as sent to its porteur (the instruction
     * team's copy is the same document); 404 until candidature.deposee has been handled, and for
     * anyone but the porteur it was sent to and the staff.
     */
    public MailRendu.PieceJointe accuseReception(UUID candidatureId) {
        return Notification.<Notification>find("candidatureId = ?1 and modele = ?2 and pieceJointe is not null "
                        + "order by porteurSub nulls last, creeeLe", candidatureId, Modele.ACCUSE_RECEPTION)
                .list().stream().filter(this::visible).findFirst() // list first: visible() queries too
                .map(n -> new MailRendu.PieceJointe(n.pieceJointeNom, n.pieceJointe))
                .orElseThrow(() -> ProblemException.notFound(
                        "Aucun accusé de réception pour cette candidature parmi les vôtres."));
    }

    private boolean visible(Notification n) {
        return (n.porteurSub != null && n.porteurSub.equals(user.sub()))
                || user.isStaff() && dansLaPortee(n);
    }

    private boolean dansLaPortee(Notification n) {
        Portee portee = user.portee();
        return portee.estNationale() || n.candidatureId != null && portee.couvre(RegionCandidature.de(n.candidatureId));
    }

    public Page<NotificationVue> lister(UUID candidature, Curseur.Position curseur, int taille) {
        List<String> conditions = new ArrayList<>();
        Parameters p = new Parameters();
        if (!user.isStaff()) {
            conditions.add("porteurSub = :sub");
            p.and("sub", user.sub());
        } else if (!user.portee().estNationale()) {
            Portee portee = user.portee();
            conditions.add("candidatureId in (select r.candidatureId from RegionCandidature r where "
                    + portee.condition("r.region", "regionsPortee") + ")");
            if (portee.aLier()) {
                p.and("regionsPortee", portee.regions());
            }
        }
        if (candidature != null) {
            conditions.add("candidatureId = :candidature");
            p.and("candidature", candidature);
        }
        Optional.ofNullable(curseur).ifPresent(c -> {
            conditions.add("(creeeLe < :instant or (creeeLe = :instant and id < :id))");
            p.and("instant", c.instant()).and("id", c.id());
        });
        String ordre = "order by creeeLe desc, id desc";
        String requete = conditions.isEmpty() ? ordre : String.join(" and ", conditions) + " " + ordre;
        List<Notification> lues = Notification.<Notification>find(requete, p)
                .page(0, taille + 1).list();
        return Page.depuis(lues, taille, NotificationVue::de, x -> Curseur.apres(x.creeeLe, x.id));
    }
}
