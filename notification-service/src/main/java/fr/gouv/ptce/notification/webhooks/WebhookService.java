package fr.gouv.ptce.notification.webhooks;

import fr.gouv.ptce.commons.events.EventCatalogue;
import fr.gouv.ptce.commons.page.Curseur;
import fr.gouv.ptce.commons.page.Page;
import fr.gouv.ptce.commons.problem.ProblemException;
import fr.gouv.ptce.commons.security.CurrentUser;
import fr.gouv.ptce.commons.security.Roles;
import fr.gouv.ptce.notification.domain.AdresseWebhook;
import fr.gouv.ptce.notification.domain.SignatureWebhook;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Partner endpoints. The owner is the token's sub: a partenaire sees and deletes only its own (404
 * for another's, so ids do not leak); an admin sees all. The secret is made here and shown once.
 */
@ApplicationScoped
@Transactional
public class WebhookService {

    private static final SecureRandom ALEAS = new SecureRandom();

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    ControleAdresses controle;

    @Inject
    CoffreSecrets coffre;

    public WebhookVues.WebhookVue creer(NouveauWebhook demande) {
        try {
            controle.verifier(demande.url().strip());
        } catch (AdresseWebhook.AdresseRefuseeException e) {
            throw ProblemException.badRequest("url", e.getMessage());
        }
        LinkedHashSet<String> types = new LinkedHashSet<>();
        for (int i = 0; i < demande.types().size(); i++) {
            String type = demande.types().get(i).strip();
            if (!EventCatalogue.knows(type) || type.contains(",")) {
                throw ProblemException.badRequest("types[" + i + "]", "type d'événement inconnu du catalogue : " + type);
            }
            types.add(type);
        }
        ControleTypesPartenaires.verifier(demande.types());
        Webhook w = new Webhook();
        w.id = UUID.randomUUID();
        w.proprietaireSub = user.sub();
        w.proprietaireEmail = user.email();
        w.url = demande.url().strip();
        w.types = String.join(",", types);
        String secret = SignatureWebhook.nouveauSecret(ALEAS);
        w.secretChiffre = coffre.chiffrer(secret);
        w.actif = true;
        w.creeLe = clock.instant();
        w.persist();
        return WebhookVues.WebhookVue.de(w, secret);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<WebhookVues.WebhookVue> lister(Curseur.Position curseur, int taille) {
        List<String> conditions = new ArrayList<>();
        Parameters p = new Parameters();
        if (!user.hasRole(Roles.ADMIN)) {
            conditions.add("proprietaireSub = :sub");
            p.and("sub", user.sub());
        }
        Optional.ofNullable(curseur).ifPresent(c -> {
            conditions.add("(creeLe < :instant or (creeLe = :instant and id < :id))");
            p.and("instant", c.instant()).and("id", c.id());
        });
        String ordre = "order by creeLe desc, id desc";
        String requete = conditions.isEmpty() ? ordre : String.join(" and ", conditions) + " " + ordre;
        List<Webhook> lus = Webhook.<Webhook>find(requete, p).page(0, taille + 1).list();
        return Page.depuis(lus, taille, w -> WebhookVues.WebhookVue.de(w, null), x -> Curseur.apres(x.creeLe, x.id));
    }

    public void supprimer(UUID id) {
        visible(id).delete();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<WebhookVues.LivraisonVue> livraisons(UUID id, Curseur.Position curseur, int taille) {
        visible(id);
        List<String> conditions = new ArrayList<>(List.of("webhookId = :webhook"));
        Parameters p = Parameters.with("webhook", id);
        Optional.ofNullable(curseur).ifPresent(c -> {
            conditions.add("(creeeLe < :instant or (creeeLe = :instant and id < :id))");
            p.and("instant", c.instant()).and("id", c.id());
        });
        List<Livraison> lues = Livraison.<Livraison>find(String.join(" and ", conditions)
                + " order by creeeLe desc, id desc", p).page(0, taille + 1).list();
        return Page.depuis(lues, taille, WebhookVues.LivraisonVue::de, x -> Curseur.apres(x.creeeLe, x.id));
    }

    /** The endpoint if the caller may see it (its owner, an admin); 404 otherwise, so ids do not leak. */
    Webhook visible(UUID id) {
        Webhook w = Webhook.findById(id);
        if (w == null || (!user.hasRole(Roles.ADMIN) && !w.proprietaireSub.equals(user.sub()))) {
            throw ProblemException.notFound("Aucun webhook " + id + ".");
        }
        return w;
    }
}
