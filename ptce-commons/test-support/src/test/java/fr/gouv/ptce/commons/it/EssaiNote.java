package fr.gouv.ptce.commons.it;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The state change of the test application: written through Hibernate, next to the outbox rows. */
@Entity
@Table(name = "essai_note")
public class EssaiNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String texte;

    private String cle;

    protected EssaiNote() {
    }

    public EssaiNote(String texte, String cle) {
        this.texte = texte;
        this.cle = cle;
    }

    public Long getId() {
        return id;
    }
}
