package fr.gouv.ptce.financement.audit;

import java.time.Instant;

/** One audit line as the API shows it. */
public record AuditVue(long id, String objetType, String objetId, String action, String acteur, Instant instant,
                       String avant, String apres) {

    static AuditVue de(AuditEntry e) {
        return new AuditVue(e.id, e.objetType, e.objetId, e.action, e.acteur, e.instant, e.avant, e.apres);
    }
}
