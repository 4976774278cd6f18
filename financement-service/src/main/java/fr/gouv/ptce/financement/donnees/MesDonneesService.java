package fr.gouv.ptce.financement.donnees;

import fr.gouv.ptce.commons.security.CurrentUser;
import fr.gouv.ptce.financement.convention.ConventionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;

/** The caller's own agreements: rows whose owner is the caller's {@code sub}, nothing else. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MesDonneesService {

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    ConventionService conventions;

    public MesDonnees lire() {
        String sub = user.sub();
        return new MesDonnees(sub, clock.instant(), conventions.duPorteur(sub).stream()
                .map(e -> new MesDonnees.Convention(e.getKey(), e.getValue().isEmpty() ? null : e.getValue())).toList());
    }
}
