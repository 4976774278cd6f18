package fr.gouv.ptce.financement.audit;

import fr.gouv.ptce.commons.audit.JournalAudit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records a change of amount or status in the caller's transaction: the change and its trace commit
 * together. Each line goes to {@code audit_financement} (read per object by the API) and, chained
 * by hash, to the tamper-evident {@code journal_audit} of ptce-commons, which proves that no line
 * was changed or removed afterwards.
 */
@ApplicationScoped
public class Audit {

    @Inject
    Clock clock;

    @Inject
    JournalAudit journal;

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
        Map<String, Object> donnees = new LinkedHashMap<>();
        donnees.put("avant", e.avant);
        donnees.put("apres", e.apres);
        journal.ajouter(acteur, action, objetType, e.objetId, donnees);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditVue> historique(String objetType, Object objetId) {
        return AuditEntry.<AuditEntry>list("objetType = ?1 and objetId = ?2 order by id", objetType,
                String.valueOf(objetId)).stream().map(AuditVue::de).toList();
    }
}
