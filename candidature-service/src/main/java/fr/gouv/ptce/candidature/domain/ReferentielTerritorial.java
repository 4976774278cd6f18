package fr.gouv.ptce.candidature.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * INSEE commune code → département → région, from the reference file shipped with the service
 * ({@code territoires/departements.csv}: every département of France, Corsica's 2A/2B and the
 * overseas départements 971–976). Mainland départements are the first two characters of the
 * commune code; overseas ones the first three ("97411" → 974).
 */
public final class ReferentielTerritorial {

    public static final String RESSOURCE = "territoires/departements.csv";

    private record Departement(String nom, String region) {
    }

    private final Map<String, Departement> departements;

    private ReferentielTerritorial(Map<String, Departement> departements) {
        this.departements = Collections.unmodifiableMap(departements);
    }

    /** Reads the reference file from the class path. */
    public static ReferentielTerritorial charger() {
        ClassLoader loader = ReferentielTerritorial.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(RESSOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Référentiel territorial absent : " + RESSOURCE);
            }
            return lire(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReferentielTerritorial lire(InputStream in) throws IOException {
        Map<String, Departement> map = new LinkedHashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String ligne;
        while ((ligne = reader.readLine()) != null) {
            if (ligne.isBlank() || ligne.startsWith("#") || ligne.startsWith("code;")) {
                continue;
            }
            String[] c = ligne.split(";");
            map.put(c[0].trim(), new Departement(c[1].trim(), c[2].trim()));
        }
        return new ReferentielTerritorial(map);
    }

    public Optional<Territoire> localiser(String codeCommune) {
        if (codeCommune == null || !codeCommune.matches("[0-9][0-9AB][0-9]{3}")) {
            return Optional.empty();
        }
        String code = codeCommune.startsWith("97") ? codeCommune.substring(0, 3) : codeCommune.substring(0, 2);
        Departement d = departements.get(code);
        return d == null ? Optional.empty() : Optional.of(new Territoire(codeCommune, code, d.nom(), d.region()));
    }

    public Optional<String> regionDuDepartement(String departement) {
        return Optional.ofNullable(departements.get(departement)).map(Departement::region);
    }

    public Set<String> departements() {
        return departements.keySet();
    }

    public Set<String> regions() {
        Set<String> regions = new TreeSet<>();
        departements.values().forEach(d -> regions.add(d.region()));
        return regions;
    }
}
