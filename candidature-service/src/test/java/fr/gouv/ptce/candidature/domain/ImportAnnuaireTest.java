package fr.gouv.ptce.candidature.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportAnnuaireTest {

    private final ImportAnnuaire lecteur = new ImportAnnuaire(ReferentielTerritorial.charger());

    private static final String ENTETE = "siret;raison_sociale;code_commune;commune;secteurs;edition;campagne;phase\n";

    @Test
    void lesBonnesLignesSontGardeesEtLesMauvaisesNumerotees() {
        String csv = "\uFEFF" + ENTETE
                + "73282932000074;\"Pôle; du Val\";35238;Rennes;bois|Construction;2023;PTCE-2023-P1;\n"
                + "73282932000075;Mauvais SIRET;35238;Rennes;;2023;;\n"
                + "\n"
                + "35600000000048;Commune inconnue;99999;;;;;\n"
                + "35600000000048;Pôle Sud;2A004;Ajaccio;;deux mille;;\n"
                + "35600000000048;Pôle Sud;2A004;Ajaccio;;2021;;LAUREAT_PHASE_2\n"
                + "73282932000074;Doublon;35238;;;;;\n"
                + "trop;peu\n";
        ImportAnnuaire.Resultat r = lecteur.lire(csv);
        assertEquals(7, r.lignesLues());
        assertEquals(2, r.fiches().size());
        FichePtce val = r.fiches().get(0);
        assertEquals("Pôle; du Val", val.raisonSociale());
        assertEquals(List.of("BOIS", "CONSTRUCTION"), val.secteurs());
        assertEquals("Bretagne", val.region());
        assertEquals("35", val.departement());
        assertEquals(PhaseAtteinte.EMERGENT, val.phase());
        FichePtce sud = r.fiches().get(1);
        assertEquals("Corse", sud.region());
        assertEquals(PhaseAtteinte.LAUREAT_PHASE_2, sud.phase());
        assertEquals(2021, sud.annee());
        List<Integer> numeros = r.erreurs().stream().map(LigneEnErreur::ligne).toList();
        assertEquals(List.of(3, 5, 6, 8, 9), numeros);
        assertTrue(r.erreurs().get(0).message().startsWith("siret"));
        assertTrue(r.erreurs().get(1).message().startsWith("code_commune"));
        assertTrue(r.erreurs().get(2).message().startsWith("edition"));
        assertTrue(r.erreurs().get(3).message().contains("déjà présent ligne 2"));
        assertTrue(r.erreurs().get(4).message().contains("8 champs attendus"));
    }

    @Test
    void unEnTeteInattenduEstRefuse() {
        assertThrows(IllegalArgumentException.class, () -> lecteur.lire("siret,nom\n73282932000074,X\n"));
    }

    @Test
    void lesChampsEntreGuillemetsSontLus() {
        assertEquals(List.of("a;b", "c\"d", ""), Csv.decouper("\"a;b\";\"c\"\"d\";"));
        assertNull(Csv.decouper("\"ouvert;x"));
    }

    @Test
    void laPhaseAtteinteNeReculeJamais() {
        assertEquals(PhaseAtteinte.LAUREAT_PHASE_2, PhaseAtteinte.LAUREAT_PHASE_2.auPlusLoin(PhaseAtteinte.EMERGENT));
        assertEquals(PhaseAtteinte.LAUREAT_PHASE_2, PhaseAtteinte.EMERGENT.auPlusLoin(PhaseAtteinte.LAUREAT_PHASE_2));
        assertEquals("pole cooperatif", TexteRecherche.normaliser(" Pôle Coopératif "));
    }
}
