package fr.gouv.ptce.candidature.candidature;

import fr.gouv.ptce.candidature.domain.StatutCandidature;
import io.quarkus.hibernate.orm.panache.common.ProjectedFieldName;

import java.time.Instant;
import java.util.UUID;

/**
 * What the applications list reads of each row: the summary's columns and {@code seq} for the
 * cursor. A projection, not the entity: loading whole applications (members, project text, JSON
 * documents) into the persistence context cost 4–5 × the SQL itself on a list of a million.
 */
public record LigneListe(@ProjectedFieldName("seq") Long seq, @ProjectedFieldName("id") UUID id,
                         @ProjectedFieldName("numero") String numero,
                         @ProjectedFieldName("campagneId") UUID campagneId,
                         @ProjectedFieldName("statut") StatutCandidature statut,
                         @ProjectedFieldName("siret") String siret,
                         @ProjectedFieldName("raisonSociale") String raisonSociale,
                         @ProjectedFieldName("departement") String departement,
                         @ProjectedFieldName("region") String region,
                         @ProjectedFieldName("deposeeLe") Instant deposeeLe,
                         @ProjectedFieldName("modifieeLe") Instant modifieeLe) {

    CandidatureResume resume() {
        return new CandidatureResume(id, numero, campagneId, statut, siret, raisonSociale, departement, region,
                deposeeLe, modifieeLe);
    }
}
