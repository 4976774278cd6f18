package fr.gouv.ptce.notification.notifications;

import fr.gouv.ptce.commons.page.Curseur;
import fr.gouv.ptce.commons.page.Page;
import fr.gouv.ptce.commons.security.CurrentUser;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads the notifications: a porteur only its own (by token sub), the staff all of them. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class NotificationService {

    @Inject
    CurrentUser user;

    public Page<NotificationVue> lister(UUID candidature, Curseur.Position curseur, int taille) {
        List<String> conditions = new ArrayList<>();
        Parameters p = new Parameters();
        if (!user.isStaff()) {
            conditions.add("porteurSub = :sub");
            p.and("sub", user.sub());
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
