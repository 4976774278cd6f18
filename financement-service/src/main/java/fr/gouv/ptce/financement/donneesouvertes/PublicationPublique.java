package fr.gouv.ptce.financement.donneesouvertes;

import fr.gouv.ptce.commons.http.AdresseClient;
import fr.gouv.ptce.commons.limites.Debit;
import fr.gouv.ptce.commons.limites.LimiteurDebit;
import fr.gouv.ptce.commons.problem.TropDeRequetes;
import fr.gouv.ptce.financement.config.FinancementSettings;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * How a public file is served: counted per client address in the kit's PostgreSQL token bucket (one
 * rate whatever the number of replicas), then cacheable by anyone for five minutes, with a strong
 * ETag on its bytes so that a client or a cache revalidates for nothing (304).
 */
@ApplicationScoped
public class PublicationPublique {

    static final String CACHE = "public, max-age=300";

    @Inject
    LimiteurDebit limiteur;

    @Inject
    FinancementSettings settings;

    @Inject
    AdresseClient adresseClient;

    Response servir(HttpServerRequest requete, String siAucun, Supplier<byte[]> contenu, String type, String nomFichier) {
        int parMinute = settings.donneesOuvertes().requetesParMinute();
        // Behind the gateway, the address it forwarded; never a header the client wrote itself.
        String adresse = adresseClient.de(requete);
        Duration attente = limiteur.prendre("donnees-ouvertes:" + adresse, Debit.parMinute(parMinute, parMinute));
        if (!attente.isZero()) {
            return TropDeRequetes.reponse(attente, "donnees-ouvertes", parMinute,
                    "requêtes par minute atteinte pour cette adresse");
        }
        byte[] octets = contenu.get();
        EntityTag etag = new EntityTag(empreinte(octets));
        if (siAucun != null && (siAucun.strip().equals("*") || siAucun.contains(etag.toString()))) {
            return Response.notModified(etag).header("Cache-Control", CACHE).build();
        }
        Response.ResponseBuilder r = Response.ok(octets, type).tag(etag).header("Cache-Control", CACHE);
        if (nomFichier != null) {
            r.header("Content-Disposition", "attachment; filename=\"" + nomFichier + "\"");
        }
        return r.build();
    }

    private static String empreinte(byte[] octets) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(octets)).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
