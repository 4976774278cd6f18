package fr.gouv.ptce.notification.notifications;

import fr.gouv.ptce.commons.pdf.DocumentPdf;
import fr.gouv.ptce.notification.config.NotificationSettings;
import fr.gouv.ptce.notification.domain.Modele;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Renders an e-mail from its Qute templates: the wording lives in
 * {@code templates/mails/<gabarit>.txt} (subject in its hidden fragment {@code sujet}) and
 * {@code templates/mails/<gabarit>.html}; Java only hands over the event's data as {@code d} and the
 * service in charge (name, addresses, court: the appeal routes name them) as {@code service}. An
 * e-mail that carries a document gets it as a PDF written from the document's own template, the
 * one its text includes: the attachment says exactly what the e-mail says.
 */
@ApplicationScoped
public class RenduMails {

    @Inject
    Engine engine;

    @Inject
    NotificationSettings settings;

    public MailRendu rendre(Modele modele, Map<String, Object> donnees) {
        Map<String, Object> service = service();
        Template texte = gabarit(modele.gabarit() + ".txt");
        Template html = gabarit(modele.gabarit() + ".html");
        String sujet = texte.getFragment("sujet").data("d", donnees).render().strip().replaceAll("\\s+", " ");
        Optional<MailRendu.PieceJointe> piece = modele.document()
                .map(nom -> pdf(nom, modele.gabarit(), donnees, service));
        return new MailRendu(sujet, texte.data("d", donnees).data("service", service).render().strip() + "\n",
                html.data("d", donnees).data("service", service).render(), piece);
    }

    /** The document as a PDF: its title, then each paragraph of its text (blank lines part them). */
    private MailRendu.PieceJointe pdf(String nom, String fichier, Map<String, Object> donnees,
                                      Map<String, Object> service) {
        Template document = gabarit(nom + ".txt");
        String titre = document.getFragment("titre").data("d", donnees).render().strip().replaceAll("\\s+", " ");
        String corps = document.data("d", donnees).data("service", service).render().strip();
        DocumentPdf pdf = new DocumentPdf(titre).titre(titre);
        for (String paragraphe : corps.split("\\n\\s*\\n")) {
            pdf.paragraphe(paragraphe.strip());
        }
        Object numero = donnees.get("numero");
        return new MailRendu.PieceJointe(fichier + (numero == null ? "" : "-" + numero) + ".pdf", pdf.octets());
    }

    /** The service in charge as the templates read it; what is not configured is null (left out). */
    private Map<String, Object> service() {
        NotificationSettings.ServiceInstructeur s = settings.serviceInstructeur();
        Map<String, Object> service = new HashMap<>();
        service.put("nom", s.nom());
        service.put("adresse", s.adresse().orElse(null));
        service.put("courriel", s.courriel().orElse(null));
        service.put("telephone", s.telephone().orElse(null));
        service.put("tribunal", s.tribunal());
        return service;
    }

    private Template gabarit(String nom) {
        Template t = engine.getTemplate("mails/" + nom);
        if (t == null) {
            throw new IllegalStateException("gabarit absent : mails/" + nom);
        }
        return t;
    }
}
