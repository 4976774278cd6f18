package fr.gouv.ptce.financement.export;

import fr.gouv.ptce.commons.csv.FichierCsv;
import fr.gouv.ptce.commons.portee.Portee;
import fr.gouv.ptce.commons.security.CurrentUser;
import jakarta.inject.Inject;
import fr.gouv.ptce.commons.valeurs.Montant;
import fr.gouv.ptce.financement.convention.Convention;
import fr.gouv.ptce.financement.domain.StatutEcheance;
import fr.gouv.ptce.financement.convention.Echeance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.LocalDate;

import static fr.gouv.ptce.commons.csv.FichierCsv.texte;

/**
 * The payments, as a CSV file for the State's accounting system: UTF-8, a header line, one line per
 * paid instalment ordered by payment date then reference. Separator ';' (what French spreadsheets
 * and accounting imports expect), decimal point '.' with exactly two decimals (e.g. 50000.00), dates
 * ISO-8601, no byte order mark (an import reads it, not a person). Quoting and the formula guard
 * are the kit's ({@link FichierCsv#texte}).
 */
@ApplicationScoped
public class ExportPaiements {

    static final String ENTETE = "conventionId;numero;siret;raisonSociale;echeance;montant;datePaiement;reference";

    @Inject
    CurrentUser user;

    @Transactional(Transactional.TxType.SUPPORTS)
    public String csv(LocalDate du, LocalDate au) {
        StringBuilder q = new StringBuilder("""
                select e, c from Echeance e, Convention c where c.id = e.conventionId and e.statut = :payee""");
        if (du != null) {
            q.append(" and e.datePaiement >= :du");
        }
        if (au != null) {
            q.append(" and e.datePaiement <= :au");
        }
        // the gestionnaire's territory: the national cell exports every agreement, a regional one its régions'
        Portee portee = user.portee();
        q.append(" and ").append(portee.condition("c.region", "regionsPortee"));
        q.append(" order by e.datePaiement, e.reference");
        TypedQuery<Object[]> query = Echeance.getEntityManager().createQuery(q.toString(), Object[].class)
                .setParameter("payee", StatutEcheance.PAYEE);
        if (du != null) {
            query.setParameter("du", du);
        }
        if (au != null) {
            query.setParameter("au", au);
        }
        if (portee.aLier()) {
            query.setParameter("regionsPortee", portee.regions());
        }
        FichierCsv fichier = FichierCsv.pourImport(ENTETE.split(";"));
        for (Object[] l : query.getResultList()) {
            Echeance e = (Echeance) l[0];
            Convention c = (Convention) l[1];
            fichier.ligne(c.id.toString(), texte(c.numero), c.siret, texte(c.raisonSociale), String.valueOf(e.ordre),
                    Montant.centimes(e.montantCentimes).toString(), e.datePaiement.toString(), texte(e.reference));
        }
        return fichier.contenu();
    }
}
