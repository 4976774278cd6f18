package fr.gouv.ptce.evaluation.campagne;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CampagneRepository implements PanacheRepositoryBase<Campagne, UUID> {

    /**
     * Reads the campaign and keeps its row locked (SELECT … FOR UPDATE) until the transaction
     * ends: two committee members deciding at the same instant are served one after the other,
     * so the second sees the first's lauréat when it checks the cap and the envelope.
     */
    public Optional<Campagne> verrouiller(UUID id) {
        getEntityManager().createNativeQuery("select id from campagne where id = :id for update")
                .setParameter("id", id)
                .getResultList();
        return Optional.ofNullable(getEntityManager().find(Campagne.class, id, LockModeType.NONE));
    }
}
