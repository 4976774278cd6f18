package fr.gouv.ptce.candidature.demarches;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A campaign's link to a démarche; the token is stored encrypted (see {@link ChiffrementJeton}). */
@Entity
@Table(name = "ds_configuration")
public class ConfigurationDs extends PanacheEntityBase {

    @Id
    @Column(name = "campagne_id")
    public UUID campagneId;
    @Column(name = "url_base")
    public String urlApi;
    @Column(name = "jeton_chiffre")
    public String jetonChiffre;
    @Column(name = "numero_demarche")
    public int numeroDemarche;
    @Column(name = "instructeur_id")
    public String instructeurId;
    public String correspondance;
    @Column(name = "ecriture_retour")
    public boolean ecritureRetour;
    @Column(name = "modifiee_le")
    public Instant modifieeLe;
    @Column(name = "modifiee_par")
    public String modifieePar;

    @Override
    public String toString() { // the encrypted token stays out of logs too
        return "ConfigurationDs[campagne=" + campagneId + ", demarche=" + numeroDemarche + "]";
    }
}
