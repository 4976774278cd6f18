package fr.gouv.ptce.financement.export;

import fr.gouv.ptce.commons.valeurs.Montant;
import fr.gouv.ptce.financement.convention.Convention;
import fr.gouv.ptce.financement.domain.StatutEcheance;
import fr.gouv.ptce.financement.convention.Echeance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;

/**
 * The payments, as a CSV file for the State's accounting system: UTF-8, a header line, one line per
 * paid instalment ordered by payment date then reference. Separator ';' (what French spreadsheets
 * and accounting imports expect), decimal point '.' with exactly two decimals (e.g. 50000.00), dates
 * ISO-8601. Fields holding ';', '"' or a line break are quoted (RFC 4180); text that a spreadsheet
 * would run as a formula (leading = + - @) is prefixed with an apostrophe.
 */
@ApplicationScoped
public class ExportPaiements {

    static final String ENTETE = "conventionId;numero;siret;raisonSociale;echeance;montant;datePaiement;reference";

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
        q.append(" order by e.datePaiement, e.reference");
        TypedQuery<Object[]> query = Echeance.getEntityManager().createQuery(q.toString(), Object[].class)
                .setParameter("payee", StatutEcheance.PAYEE);
        if (du != null) {
            query.setParameter("du", du);
        }
        if (au != null) {
            query.setParameter("au", au);
        }
        List<Object[]> lignes = query.getResultList();
        StringBuilder out = new StringBuilder(ENTETE).append("\r\n");
        for (Object[] l : lignes) {
            Echeance e = (Echeance) l[0];
            Convention c = (Convention) l[1];
            out.append(String.join(";", c.id.toString(), champ(c.numero), c.siret, champ(c.raisonSociale),
                    String.valueOf(e.ordre), Montant.centimes(e.montantCentimes).toString(),
                    e.datePaiement.toString(), champ(e.reference))).append("\r\n");
        }
        return out.toString();
    }

    static String champ(String valeur) {
        String v = valeur == null ? "" : valeur;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
