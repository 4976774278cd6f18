package fr.gouv.ptce.financement.export;

import fr.gouv.ptce.commons.csv.FichierCsv;
import fr.gouv.ptce.commons.portee.Portee;
import fr.gouv.ptce.commons.security.CurrentUser;
import jakarta.inject.Inject;
import fr.gouv.ptce.commons.time.ParisTime;
import fr.gouv.ptce.commons.valeurs.Montant;
import fr.gouv.ptce.financement.convention.Convention;
import fr.gouv.ptce.financement.convention.Reversement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;

import static fr.gouv.ptce.commons.csv.FichierCsv.texte;

/**
 * The clawbacks, as a CSV file for the State's accounting system, with the same rules as the
 * payments' ({@link ExportPaiements}): one line per clawback requested in the period (Paris dates of
 * the request), in request order, with its status and the dates of each step so far — the
 * collection orders to issue (DEMANDE), to collect (TITRE_EMIS), the money back (RECOUVRE) and the
 * cancelled ones (ANNULE, amount kept for the record).
 */
@ApplicationScoped
public class ExportReversements {

    static final String ENTETE = "reversementId;conventionId;numero;siret;raisonSociale;montant;statut;dateDemande;"
            + "referenceTitre;dateTitre;dateRecouvrement;dateAnnulation;motif";

    @Inject
    CurrentUser user;

    @Transactional(Transactional.TxType.SUPPORTS)
    public String csv(LocalDate du, LocalDate au) {
        StringBuilder q = new StringBuilder("""
                select r, c from Reversement r, Convention c where c.id = r.conventionId""");
        if (du != null) {
            q.append(" and r.demandeLe >= :du");
        }
        if (au != null) {
            q.append(" and r.demandeLe < :au");
        }
        // the gestionnaire's territory: the national cell exports every agreement, a regional one its régions'
        Portee portee = user.portee();
        q.append(" and ").append(portee.condition("c.region", "regionsPortee"));
        q.append(" order by r.demandeLe, r.id");
        TypedQuery<Object[]> query = Reversement.getEntityManager().createQuery(q.toString(), Object[].class);
        if (du != null) {
            query.setParameter("du", debutDuJour(du));
        }
        if (au != null) {
            query.setParameter("au", debutDuJour(au.plusDays(1)));
        }
        if (portee.aLier()) {
            query.setParameter("regionsPortee", portee.regions());
        }
        FichierCsv fichier = FichierCsv.pourImport(ENTETE.split(";"));
        for (Object[] l : query.getResultList()) {
            Reversement r = (Reversement) l[0];
            Convention c = (Convention) l[1];
            fichier.ligne(r.id.toString(), c.id.toString(), texte(c.numero), c.siret, texte(c.raisonSociale),
                    Montant.centimes(r.montantCentimes).toString(), r.statut.name(), date(r.demandeLe),
                    texte(r.referenceTitre), date(r.titreEmisLe),
                    r.dateRecouvrement == null ? "" : r.dateRecouvrement.toString(), date(r.annuleLe), texte(r.motif));
        }
        return fichier.contenu();
    }

    private static Instant debutDuJour(LocalDate jour) {
        return jour.atStartOfDay(ParisTime.ZONE).toInstant();
    }

    private static String date(Instant instant) {
        return instant == null ? "" : LocalDate.ofInstant(instant, ParisTime.ZONE).toString();
    }
}
