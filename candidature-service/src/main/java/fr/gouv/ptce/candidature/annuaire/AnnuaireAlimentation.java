package fr.gouv.ptce.candidature.annuaire;

import com.fasterxml.jackson.core.type.TypeReference;
import fr.gouv.ptce.candidature.campagne.Campagne;
import fr.gouv.ptce.candidature.candidature.Candidature;
import fr.gouv.ptce.candidature.domain.FichePtce;
import fr.gouv.ptce.candidature.domain.Phase;
import fr.gouv.ptce.candidature.domain.PhaseAtteinte;
import fr.gouv.ptce.candidature.structure.LaureatPhase1;
import fr.gouv.ptce.candidature.web.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** Turns the decisions' events into directory rows (called inside the event's transaction). */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AnnuaireAlimentation {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    AnnuaireService service;

    /** laureat.phase1.designe: the PTCE becomes "émergent"; its edition is the campaign's year. */
    public void laureatPhase1(LaureatPhase1 l, List<String> secteurs) {
        Campagne k = Campagne.findById(l.campagneId);
        service.inscrire(new FichePtce(l.siret, l.raisonSociale, l.codeCommune, null, l.departement, l.region, secteurs,
                annee(k, l.designeLe), l.campagneCode, PhaseAtteinte.EMERGENT), Ptce.ORIGINE_LAUREAT);
    }

    /** decision.rendue LAUREAT: on a phase-2 file, the structure has reached phase 2. */
    public void laureatDeCandidature(UUID candidatureId) {
        Candidature c = Candidature.findById(candidatureId);
        Campagne k = c == null ? null : Campagne.findById(c.campagneId);
        if (k == null || k.phase != Phase.PHASE_2 || c.siret == null) {
            return;
        }
        List<String> secteurs = c.projetSecteurs == null ? List.of()
                : Json.lire(c.projetSecteurs, new TypeReference<List<String>>() { });
        service.atteindrePhase2(new FichePtce(c.siret, c.raisonSociale, c.codeCommune, null, c.departement, c.region,
                secteurs, annee(k, null), k.code, PhaseAtteinte.LAUREAT_PHASE_2));
    }

    private static Integer annee(Campagne k, Instant sinon) {
        Instant i = k != null && k.ouverture != null ? k.ouverture : sinon;
        return i == null ? null : i.atZone(PARIS).getYear();
    }
}
