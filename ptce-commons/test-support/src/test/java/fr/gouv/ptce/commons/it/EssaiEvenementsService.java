package fr.gouv.ptce.commons.it;

import fr.gouv.ptce.commons.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * A service as the four real ones write it: one @Transactional method changes state (a note, through
 * Hibernate) and publishes its events through the outbox; both commit or neither does.
 */
@ApplicationScoped
@Transactional
public class EssaiEvenementsService {

    public static final String FACT = "essai.ecrit";

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    /**
     * Writes a note for key {@code cle} and one {@code essai.ecrit} event per text, ranked from
     * {@code premierRang}; when {@code echouer}, fails after publishing, so the whole transaction
     * rolls back.
     */
    public long ecrire(String topic, String cle, List<String> textes, int premierRang, boolean echouer) {
        EssaiNote note = new EssaiNote(String.join(",", textes), cle);
        em.persist(note);
        em.flush();
        for (int i = 0; i < textes.size(); i++) {
            outbox.publish(cle, new EssaiEcrit(note.getId(), textes.get(i), premierRang + i, topic));
        }
        if (echouer) {
            throw new IllegalStateException("échec voulu après publication : tout doit être annulé");
        }
        return note.getId();
    }
}
