package fr.gouv.ptce.notification.webhooks;

import fr.gouv.ptce.commons.time.TransportClock;
import fr.gouv.ptce.commons.valeurs.ReessaiSelonCalendrier;
import fr.gouv.ptce.notification.config.NotificationSettings;
import fr.gouv.ptce.notification.domain.AdresseWebhook;
import fr.gouv.ptce.notification.domain.Modele;
import fr.gouv.ptce.notification.domain.SignatureWebhook;
import fr.gouv.ptce.notification.domain.StatutEnvoi;
import fr.gouv.ptce.notification.notifications.FileNotifications;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Delivers the queued webhook messages, one per transaction, claimed with
 * {@code FOR NO KEY UPDATE SKIP LOCKED} so that two replicas never POST the same one. Each request
 * has its own timeout and follows no redirect; the URL is checked again against internal addresses
 * just before the call. A failure is retried on the Standard Webhooks schedule (kit
 * {@code ReessaiSelonCalendrier}); when a delivery has failed through its whole schedule and the
 * endpoint delivered nothing else meanwhile, the endpoint is disabled, its pending deliveries
 * closed, and its owner told by e-mail. Each message is signed with every valid secret (two during
 * a rotation's overlap), decrypted only for the call.
 *
 * <p>Several workers deliver in parallel ({@code paralleles}), and the claim locks the endpoint's
 * row as well as the delivery's: while one worker waits for an endpoint, the others skip every
 * delivery to it. A receiver that never answers thus holds one worker at a time, for at most
 * {@code delai-reponse}, and the deliveries to healthy endpoints go on meanwhile.
 */
@ApplicationScoped
public class LivreurWebhooks {

    private static final Logger LOG = Logger.getLogger(LivreurWebhooks.class);

    /** Fired in the transaction that queued deliveries; the deliverer wakes after commit. */
    public record LivraisonsEnFile() {
    }

    /** A claimed delivery, with the endpoint's valid secrets in clear (the current one first). */
    private record Alivrer(UUID id, UUID webhookId, String url, java.util.List<String> secrets, String corps,
                           int tentatives, Instant cycleDebuteLe) {
    }

    private record Resultat(boolean ok, Integer code, String erreur) {
    }

    @Inject
    DataSource dataSource;

    @Inject
    Clock clock;

    /** The receiver checks webhook-timestamp against its own clock: real time, even when the business clock is moved. */
    @Inject
    @TransportClock
    Clock transport;

    @Inject
    NotificationSettings settings;

    @Inject
    ControleAdresses controle;

    @Inject
    FileNotifications notifications;

    @Inject
    CoffreSecrets coffre;

    @Inject
    MeterRegistry registry;

    private volatile HttpClient client;
    private volatile java.util.concurrent.ExecutorService ouvriers;

    @Scheduled(every = "${ptce.notification.webhooks.intervalle:10s}", delayed = "3s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void minuterie() {
        livrerEnAttente();
    }

    /** Delivers what is due with every worker; returns how many deliveries were attempted. */
    public int livrerEnAttente() {
        int n = Math.max(1, settings.webhooks().paralleles());
        java.util.List<java.util.concurrent.Future<Integer>> parts = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                parts.add(ouvriers().submit(this::livrerEnSerie));
            }
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return 0; // shutting down
        }
        int traitees = 0;
        for (java.util.concurrent.Future<Integer> part : parts) {
            try {
                traitees += part.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return traitees;
            } catch (java.util.concurrent.ExecutionException e) {
                LOG.warnf("Livraison des webhooks interrompue : %s", e.getCause().getMessage());
            }
        }
        return traitees;
    }

    /** One worker: deliveries one after the other until none is due or its batch is done. */
    private int livrerEnSerie() {
        int traitees = 0;
        while (traitees < settings.webhooks().lot()) {
            Boolean une;
            try {
                une = QuarkusTransaction.requiringNew().call(this::livrerUne);
            } catch (RuntimeException e) {
                LOG.warnf("Livraison des webhooks interrompue : %s", e.getMessage());
                return traitees;
            }
            if (!Boolean.TRUE.equals(une)) {
                return traitees;
            }
            traitees++;
        }
        return traitees;
    }

    private boolean livrerUne() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            Optional<Alivrer> prochaine = reserver(c, clock.instant());
            if (prochaine.isEmpty()) {
                return false;
            }
            Alivrer l = prochaine.get();
            Optional<String> refus = VuePartenaire.refusAvantEnvoi(l.corps());
            if (refus.isPresent()) {
                refuser(c, l, refus.get());
                return true;
            }
            Resultat r = poster(l);
            if (r.ok()) {
                succes(c, l, r.code());
            } else {
                echec(c, l, r);
            }
            return true;
        }
    }

    private Optional<Alivrer> reserver(Connection c, Instant maintenant) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                select l.id, l.webhook_id, w.url, w.secret_chiffre, w.secret, w.secret_precedent_chiffre,
                    w.secret_precedent_expire_le, l.corps, l.tentatives, l.cycle_debute_le
                from livraison l join webhook w on w.id = l.webhook_id
                where l.statut = 'EN_ATTENTE' and l.prochaine_tentative <= ? and w.actif
                order by l.prochaine_tentative, l.creee_le
                limit 1 for no key update of l, w skip locked""")) {
            ps.setTimestamp(1, Timestamp.from(maintenant));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                java.util.List<String> secrets = new java.util.ArrayList<>();
                // Not yet encrypted by ChiffrementAuDemarrage (another replica may be on it): the clear one.
                secrets.add(rs.getString(4) != null ? coffre.dechiffrer(rs.getString(4)) : rs.getString(5));
                Timestamp expire = rs.getTimestamp(7);
                // The overlap is the partner's, in real time: a moved business clock does not end it.
                if (rs.getString(6) != null && expire != null && expire.toInstant().isAfter(transport.instant())) {
                    secrets.add(coffre.dechiffrer(rs.getString(6)));
                }
                Timestamp cycle = rs.getTimestamp(10);
                return Optional.of(new Alivrer(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), secrets, rs.getString(8), rs.getInt(9),
                        cycle == null ? maintenant : cycle.toInstant()));
            }
        }
    }

    private Resultat poster(Alivrer l) {
        URI uri;
        try {
            uri = controle.verifier(l.url());
        } catch (AdresseWebhook.AdresseRefuseeException e) {
            return new Resultat(false, null, "adresse refusée : " + e.getMessage());
        }
        long horodatage = transport.instant().getEpochSecond();
        String messageId = "msg_" + l.id();
        HttpRequest requete = HttpRequest.newBuilder(uri)
                .timeout(settings.webhooks().delaiReponse())
                .header("Content-Type", "application/cloudevents+json; charset=utf-8")
                .header("User-Agent", "PTCE-Webhooks/1.0")
                .header("webhook-id", messageId)
                .header("webhook-timestamp", Long.toString(horodatage))
                .header("webhook-signature", SignatureWebhook.signer(l.secrets(), messageId, horodatage, l.corps()))
                .POST(HttpRequest.BodyPublishers.ofString(l.corps()))
                .build();
        try {
            HttpResponse<Void> reponse = client().send(requete, HttpResponse.BodyHandlers.discarding());
            int code = reponse.statusCode();
            return code >= 200 && code < 300 ? new Resultat(true, code, null)
                    : new Resultat(false, code, "réponse HTTP " + code);
        } catch (IOException e) {
            return new Resultat(false, null, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " : " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Resultat(false, null, "interrompu");
        }
    }

    private void succes(Connection c, Alivrer l, int code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                update livraison set statut = ?, tentatives = tentatives + 1, dernier_code_http = ?,
                    derniere_erreur = null, livree_le = ? where id = ?""")) {
            ps.setString(1, StatutEnvoi.LIVREE.name());
            ps.setInt(2, code);
            ps.setTimestamp(3, Timestamp.from(clock.instant()));
            ps.setObject(4, l.id());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "update webhook set echecs_consecutifs = 0, dernier_succes_le = ? where id = ?")) {
            ps.setTimestamp(1, Timestamp.from(clock.instant()));
            ps.setObject(2, l.webhookId());
            ps.executeUpdate();
        }
        registry.counter("ptce_webhooks_livres").increment();
    }

    /** A body that is not its partner view never leaves; the endpoint is not at fault, so no failure is counted. */
    private void refuser(Connection c, Alivrer l, String raison) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "update livraison set statut = ?, derniere_erreur = ? where id = ?")) {
            ps.setString(1, StatutEnvoi.ECHEC.name());
            ps.setString(2, raison);
            ps.setObject(3, l.id());
            ps.executeUpdate();
        }
        LOG.errorf("Webhook %s, livraison %s refusée avant envoi : %s", l.webhookId(), l.id(), raison);
        registry.counter("ptce_webhooks_refusees").increment();
    }

    private void echec(Connection c, Alivrer l, Resultat r) throws SQLException {
        ReessaiSelonCalendrier reessai = new ReessaiSelonCalendrier(settings.webhooks().calendrier());
        int faites = l.tentatives() + 1;
        Optional<Instant> suivante = reessai.prochaineTentative(faites, clock.instant());
        try (PreparedStatement ps = c.prepareStatement("""
                update livraison set statut = ?, tentatives = ?, dernier_code_http = ?, derniere_erreur = ?,
                    prochaine_tentative = coalesce(?, prochaine_tentative), cycle_debute_le = ? where id = ?""")) {
            ps.setString(1, (suivante.isPresent() ? StatutEnvoi.EN_ATTENTE : StatutEnvoi.ECHEC).name());
            ps.setInt(2, faites);
            ps.setObject(3, r.code(), java.sql.Types.INTEGER);
            ps.setString(4, r.erreur());
            ps.setTimestamp(5, suivante.map(Timestamp::from).orElse(null));
            ps.setTimestamp(6, Timestamp.from(l.cycleDebuteLe()));
            ps.setObject(7, l.id());
            ps.executeUpdate();
        }
        LOG.warnf("Webhook %s, livraison %s, tentative %d en échec : %s", l.webhookId(), l.id(), faites, r.erreur());
        registry.counter("ptce_webhooks_echecs").increment();
        int echecs;
        String email;
        String url;
        Timestamp dernierSucces;
        try (PreparedStatement ps = c.prepareStatement("""
                update webhook set echecs_consecutifs = echecs_consecutifs + 1 where id = ?
                returning echecs_consecutifs, proprietaire_email, url, dernier_succes_le""")) {
            ps.setObject(1, l.webhookId());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                echecs = rs.getInt(1);
                email = rs.getString(2);
                url = rs.getString(3);
                dernierSucces = rs.getTimestamp(4);
            }
        }
        // A whole retry cycle failed, and the endpoint delivered nothing else since it began: disabled.
        if (suivante.isEmpty() && (dernierSucces == null || dernierSucces.toInstant().isBefore(l.cycleDebuteLe()))) {
            desactiver(c, l.webhookId(), echecs, email, url, r.erreur());
        }
    }

    private void desactiver(Connection c, UUID webhookId, int echecs, String email, String url, String erreur)
            throws SQLException {
        Instant maintenant = clock.instant();
        try (PreparedStatement ps = c.prepareStatement(
                "update webhook set actif = false, desactive_le = ? where id = ? and actif")) {
            ps.setTimestamp(1, Timestamp.from(maintenant));
            ps.setObject(2, webhookId);
            if (ps.executeUpdate() == 0) {
                return;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("""
                update livraison set statut = ?, derniere_erreur = 'point de terminaison désactivé'
                where webhook_id = ? and statut = 'EN_ATTENTE'""")) {
            ps.setString(1, StatutEnvoi.ECHEC.name());
            ps.setObject(2, webhookId);
            ps.executeUpdate();
        }
        LOG.errorf("Webhook %s désactivé après %d échecs consécutifs", webhookId, echecs);
        registry.counter("ptce_webhooks_desactives").increment();
        if (email != null && !email.isBlank()) {
            Map<String, Object> donnees = new LinkedHashMap<>();
            donnees.put("webhookId", webhookId.toString());
            donnees.put("url", url);
            donnees.put("echecs", echecs);
            donnees.put("derniereErreur", erreur);
            donnees.put("desactiveLe", maintenant.toString());
            notifications.mettreEnFile(new FileNotifications.Demande("webhook-desactive:" + webhookId + ":"
                    + maintenant.toEpochMilli(), "webhook.desactive", Modele.WEBHOOK_DESACTIVE, email, null, null,
                    null, donnees));
        }
    }

    private java.util.concurrent.ExecutorService ouvriers() {
        java.util.concurrent.ExecutorService o = ouvriers;
        if (o == null) {
            synchronized (this) {
                if (ouvriers == null) {
                    java.util.concurrent.atomic.AtomicInteger numero = new java.util.concurrent.atomic.AtomicInteger();
                    ouvriers = java.util.concurrent.Executors.newFixedThreadPool(
                            Math.max(1, settings.webhooks().paralleles()), r -> {
                                Thread t = new Thread(r, "ptce-webhooks-" + numero.incrementAndGet());
                                t.setDaemon(true);
                                return t;
                            });
                }
                o = ouvriers;
            }
        }
        return o;
    }

    void arret(@jakarta.enterprise.event.Observes io.quarkus.runtime.ShutdownEvent e) {
        java.util.concurrent.ExecutorService o = ouvriers;
        if (o != null) {
            o.shutdownNow();
        }
    }

    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    client = HttpClient.newBuilder()
                            .connectTimeout(settings.webhooks().delaiReponse())
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .build();
                }
                c = client;
            }
        }
        return c;
    }
}
