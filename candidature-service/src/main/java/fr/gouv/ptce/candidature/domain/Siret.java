package fr.gouv.ptce.candidature.domain;

/**
 * SIRET check: 14 digits whose Luhn checksum holds. La Poste (SIREN 356000000) numbers its many
 * establishments with another rule — the sum of the 14 digits is a multiple of 5 — so a Luhn-only
 * check would refuse real post offices; its head office (…00048) satisfies Luhn as well.
 */
public final class Siret {

    static final String SIREN_LA_POSTE = "356000000";

    private Siret() {
    }

    public static boolean estValide(String siret) {
        if (siret == null || !siret.matches("[0-9]{14}")) {
            return false;
        }
        if (siret.startsWith(SIREN_LA_POSTE)) {
            return sommeDesChiffres(siret) % 5 == 0 || luhn(siret);
        }
        return luhn(siret);
    }

    static boolean luhn(String chiffres) {
        int somme = 0;
        boolean doubler = false;
        for (int i = chiffres.length() - 1; i >= 0; i--) {
            int c = chiffres.charAt(i) - '0';
            if (doubler) {
                c *= 2;
                if (c > 9) {
                    c -= 9;
                }
            }
            somme += c;
            doubler = !doubler;
        }
        return somme % 10 == 0;
    }

    static int sommeDesChiffres(String chiffres) {
        int somme = 0;
        for (int i = 0; i < chiffres.length(); i++) {
            somme += chiffres.charAt(i) - '0';
        }
        return somme;
    }
}
