package fr.gouv.ptce.launcher.demo;

import fr.gouv.ptce.launcher.Ports;
import fr.gouv.ptce.launcher.Service;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The incident the demo provokes so that a dead letter can be seen, fixed and replayed: a trigger on
 * financement-service's {@code convention} table that refuses every new agreement of one campaign,
 * created over JDBC on the launcher's own PostgreSQL (the public API rightly offers no way to make a
 * service fail). Only the demo's campaign is touched, and the trigger goes away on {@link #close()},
 * whatever happened meanwhile — and by a shutdown hook should the demo be interrupted (Ctrl-C) while
 * it is in place.
 */
final class PanneProvoquee implements AutoCloseable {

    /** What the trigger raises: financement-service keeps it as the dead letter's reason. */
    static final String MOTIF = "incident provoqué pour la démonstration";

    private final Ports ports;
    private final String nom;
    private final Thread crochet;
    private boolean retiree;

    private PanneProvoquee(Ports ports, String nom) {
        this.ports = ports;
        this.nom = nom;
        this.crochet = new Thread(this::retirerSansErreur, "ptce-demo-panne");
    }

    /** Installs the trigger refusing the agreements of {@code campagne}, named after the edition. */
    static PanneProvoquee surLesConventions(Ports ports, String edition, String campagne) {
        PanneProvoquee panne = new PanneProvoquee(ports, nom(edition));
        Runtime.getRuntime().addShutdownHook(panne.crochet);
        try {
            panne.executer(installation(panne.nom, UUID.fromString(campagne)));
        } catch (RuntimeException e) {
            panne.close();
            throw e;
        }
        return panne;
    }

    /** {@code ptce_demo_panne_<edition>}: the edition's code is letters and digits only. */
    static String nom(String edition) {
        if (!edition.matches("[A-Za-z0-9]+")) {
            throw new IllegalArgumentException("edition code " + edition);
        }
        return "ptce_demo_panne_" + edition.toLowerCase(Locale.ROOT);
    }

    /** The function and its trigger; the campaign is a parsed UUID, so nothing else reaches the SQL. */
    static List<String> installation(String nom, UUID campagne) {
        return List.of("create or replace function " + nom + "() returns trigger language plpgsql as $$ begin "
                        + "if new.campagne_id = '" + campagne + "'::uuid then raise exception '" + MOTIF
                        + " (./ptce demo)'; end if; return new; end $$",
                "drop trigger if exists " + nom + " on convention",
                "create trigger " + nom + " before insert on convention for each row execute function " + nom + "()");
    }

    static List<String> retrait(String nom) {
        return List.of("drop trigger if exists " + nom + " on convention", "drop function if exists " + nom + "()");
    }

    /** Removes the trigger: the cause of the dead letter is fixed. Safe to call twice. */
    @Override
    public synchronized void close() {
        if (retiree) {
            return;
        }
        executer(retrait(nom));
        retiree = true;
        try {
            Runtime.getRuntime().removeShutdownHook(crochet);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or about to: it finds the trigger removed
        }
    }

    private void retirerSansErreur() {
        try {
            close();
        } catch (RuntimeException e) {
            System.err.println(e.getMessage());
        }
    }

    private void executer(List<String> instructions) {
        try (Connection c = DriverManager.getConnection(Service.FINANCEMENT.jdbcUrl(ports), Service.DB_USER, Service.DB_PASSWORD);
             Statement st = c.createStatement()) {
            for (String sql : instructions) {
                st.execute(sql);
            }
        } catch (SQLException e) {
            throw new DemoException("the demo's provoked incident on financement-service's database failed (" + e.getMessage()
                    + "); should the trigger stay, remove it by hand: " + String.join("; ", retrait(nom)), e);
        }
    }
}
