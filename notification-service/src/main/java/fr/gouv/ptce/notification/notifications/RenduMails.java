package fr.gouv.ptce.notification.notifications;

import fr.gouv.ptce.notification.domain.Modele;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;

/**
 * Renders an e-mail from its Qute templates: the wording lives in
 * {@code templates/mails/<gabarit>.txt} (subject in its hidden fragment {@code sujet}) and
 * {@code templates/mails/<gabarit>.html}; Java only hands over the event's data as {@code d}.
 */
@ApplicationScoped
public class RenduMails {

    @Inject
    Engine engine;

    public MailRendu rendre(Modele modele, Map<String, Object> donnees) {
        Template texte = gabarit(modele.gabarit() + ".txt");
        Template html = gabarit(modele.gabarit() + ".html");
        String sujet = texte.getFragment("sujet").data("d", donnees).render().strip().replaceAll("\\s+", " ");
        return new MailRendu(sujet, texte.data("d", donnees).render().strip() + "\n",
                html.data("d", donnees).render());
    }

    private Template gabarit(String nom) {
        Template t = engine.getTemplate("mails/" + nom);
        if (t == null) {
            throw new IllegalStateException("gabarit absent : mails/" + nom);
        }
        return t;
    }
}
