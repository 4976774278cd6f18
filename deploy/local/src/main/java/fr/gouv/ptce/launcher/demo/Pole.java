package fr.gouv.ptce.launcher.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One territorial pole of economic cooperation of the demo edition: its structure, where it is,
 * which porteur account files for it, and how good its project is (what the evaluators will see).
 */
record Pole(int rang, String porteur, String siret, String raisonSociale, String ville, String codeCommune,
            String email, String secteur, double qualite) {

    /** Communes (INSEE codes) spread over the régions, mainland and overseas, with their usual name. */
    static final List<String[]> COMMUNES = List.of(
            new String[]{"35238", "Rennes"}, new String[]{"29019", "Brest"}, new String[]{"75056", "Paris"},
            new String[]{"13055", "Marseille"}, new String[]{"69123", "Lyon"}, new String[]{"31555", "Toulouse"},
            new String[]{"59350", "Lille"}, new String[]{"67482", "Strasbourg"}, new String[]{"33063", "Bordeaux"},
            new String[]{"44109", "Nantes"}, new String[]{"06088", "Nice"}, new String[]{"34172", "Montpellier"},
            new String[]{"2A004", "Ajaccio"}, new String[]{"97411", "Saint-Denis"}, new String[]{"97209", "Fort-de-France"},
            new String[]{"21231", "Dijon"}, new String[]{"45234", "Orléans"}, new String[]{"14118", "Caen"},
            new String[]{"87085", "Limoges"}, new String[]{"63113", "Clermont-Ferrand"}, new String[]{"76540", "Rouen"},
            new String[]{"51454", "Reims"}, new String[]{"25056", "Besançon"}, new String[]{"86194", "Poitiers"},
            new String[]{"38185", "Grenoble"}, new String[]{"80021", "Amiens"}, new String[]{"57463", "Metz"},
            new String[]{"37261", "Tours"}, new String[]{"64445", "Pau"}, new String[]{"56121", "Lorient"},
            new String[]{"22278", "Saint-Brieuc"}, new String[]{"30189", "Nîmes"}, new String[]{"42218", "Saint-Étienne"},
            new String[]{"93066", "Saint-Denis"}, new String[]{"49007", "Angers"}, new String[]{"72181", "Le Mans"},
            new String[]{"97302", "Cayenne"}, new String[]{"97105", "Basse-Terre"}, new String[]{"84007", "Avignon"},
            new String[]{"66136", "Perpignan"});

    private static final List<String> NOMS = List.of("Coopératif", "Solidaire", "des Transitions", "Terre et Mer",
            "de l'Économie Circulaire", "Alimentaire", "du Réemploi", "Numérique Inclusif", "Bois et Forêt",
            "des Mobilités", "Textile", "de l'Habitat", "Culturel", "de la Santé", "Énergies Citoyennes");

    private static final List<String> SECTEURS = List.of("ALIMENTATION", "REEMPLOI", "NUMERIQUE", "BOIS", "MOBILITE",
            "TEXTILE", "HABITAT", "CULTURE", "SANTE", "ENERGIE");

    /**
     * {@code count} poles with unique SIRETs and contact addresses for the edition {@code edition},
     * filed in turn by each of {@code porteurs}.
     */
    static List<Pole> generer(String edition, int count, long seed, List<String> porteurs) {
        Random random = new Random(seed);
        List<Pole> poles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String[] commune = COMMUNES.get(i % COMMUNES.size());
            int nom = (i / COMMUNES.size() + i) % NOMS.size();
            String raison = "Pôle " + NOMS.get(nom) + " de " + commune[1];
            double qualite = Math.max(1.0, Math.min(4.9, 3.0 + random.nextGaussian() * 0.8));
            poles.add(new Pole(i + 1, porteurs.get(i % porteurs.size()), siret(random), raison, commune[1],
                    commune[0], "contact-" + edition + "-" + (i + 1) + "@pole" + (i + 1) + ".demo.ptce.fr",
                    SECTEURS.get(nom % SECTEURS.size()), qualite));
        }
        return poles;
    }

    /** The application's content as candidature-service expects it. */
    Map<String, Object> contenu(String edition) {
        return Map.of(
                "structure", Map.of("siret", siret, "raisonSociale", raisonSociale + " (" + edition + ")",
                        // INSEE catégories juridiques: 5460 "Autre SARL coopérative" (a SCIC in SARL form),
                        // 9220 "Association déclarée"
                        "formeJuridique", rang % 3 == 0 ? "5460" : "9220",
                        "adresse", (rang % 40 + 1) + " rue de la Coopération, " + ville, "codeCommune", codeCommune),
                "territoire", "Bassin de vie de " + ville,
                "membres", List.of(
                        Map.of("nom", "Scop " + secteur.toLowerCase(java.util.Locale.ROOT) + " de " + ville, "type", "ENTREPRISE_ESS"),
                        Map.of("nom", "Entreprise partenaire de " + ville + " SARL", "type", "ENTREPRISE_HORS_ESS"),
                        Map.of("nom", "Communauté d'agglomération de " + ville, "type", "COLLECTIVITE"),
                        Map.of("nom", "Lycée professionnel de " + ville, "type", "FORMATION")),
                "projet", Map.of("titre", "Filière " + secteur.toLowerCase(java.util.Locale.ROOT) + " du territoire de " + ville,
                        "description", "Structurer une coopération durable entre acteurs de l'ESS, entreprises et "
                                + "collectivités autour de la filière " + secteur.toLowerCase(java.util.Locale.ROOT) + ".",
                        "secteurs", List.of(secteur), "emploisVises", 5 + rang % 20,
                        "budget", (150_000 + (rang % 10) * 25_000) + ".00"),
                "contact", Map.of("nom", "Contact " + raisonSociale, "email", email));
    }

    /** An evaluator's mark for every criterion: the pole's quality, give or take half a point. */
    String note(int evaluateur) {
        double n = qualite + ((rang * 7 + evaluateur * 3) % 5 - 2) * 0.25;
        double arrondi = Math.round(Math.max(0, Math.min(5, n)) * 2) / 2.0;
        return String.format(java.util.Locale.ROOT, "%.1f", arrondi);
    }

    /** 14 digits whose Luhn sum is a multiple of 10, as a SIRET must be. */
    static String siret(Random random) {
        int[] d = new int[14];
        d[0] = 1 + random.nextInt(8);
        for (int i = 1; i < 13; i++) {
            d[i] = random.nextInt(10);
        }
        int sum = 0;
        for (int i = 0; i < 13; i++) {
            int v = d[i] * (i % 2 == 0 ? 2 : 1);
            sum += v > 9 ? v - 9 : v;
        }
        d[13] = (10 - sum % 10) % 10; // position 13 has weight 1
        StringBuilder s = new StringBuilder();
        for (int x : d) {
            s.append(x);
        }
        return s.toString();
    }
}
