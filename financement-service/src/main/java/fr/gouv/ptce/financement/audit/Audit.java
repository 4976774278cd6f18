package fr.gouv.ptce.financement.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;

/** Records a change of amount or status in the caller's transaction: the change and its trace commit together. */
@ApplicationScoped
public class Audit {

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void noter(String objetType, Object objetId, String action, String acteur, Object avant, Object apres) {
        AuditEntry e = new AuditEntry();
        e.objetType = objetType;
        e.objetId = String.valueOf(objetId);
        e.action = action;
        e.acteur = acteur;
        e.instant = clock.instant();
        e.avant = avant == null ? null : String.valueOf(avant);
        e.apres = apres == null ? null : String.valueOf(apres);
        e.persist();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditVue> historique(String objetType, Object objetId) {
        return AuditEntry.<AuditEntry>list("objetType = ?1 and objetId = ?2 order by id", objetType,
                String.valueOf(objetId)).stream().map(AuditVue::de).toList();
    }
}
