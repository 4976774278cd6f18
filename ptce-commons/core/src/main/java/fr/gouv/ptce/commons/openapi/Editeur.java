package fr.gouv.ptce.commons.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import java.util.List;
import java.util.Map;

/** Who publishes the API, where partners reach it, and how they authenticate. */
final class Editeur {

    static final String SCHEMA_SECURITE = "bearer";

    /** The public entry point of the platform (deploy/k8s/base/gateway.yaml routes /api/v1 to each service). */
    static final String SERVEUR_PRODUCTION = "https://api.ptce.example.gouv.fr";

    private Editeur() {
    }

    static void appliquer(OpenAPI openAPI) {
        openAPI.getInfo()
                .description("API de la plateforme des appels à manifestation d'intérêt « pôles territoriaux de "
                        + "coopération économique » (PTCE). Erreurs au format RFC 9457 (application/problem+json, "
                        + "en français) ; écritures limitées par client (429 avec Retry-After).")
                .contact(OASFactory.createContact()
                        .name("Secrétariat d'État chargé de l'Économie sociale et solidaire — équipe PTCE")
                        .email("contact@ptce.example.gouv.fr")
                        .url("https://ptce.example.gouv.fr"))
                .license(OASFactory.createLicense()
                        .name("Licence Ouverte 2.0 (Etalab)")
                        .url("https://www.etalab.gouv.fr/licence-ouverte-open-licence/"));
        // The generated servers were this build machine's addresses; a partner calls the public host.
        openAPI.servers(List.of(OASFactory.createServer()
                .url(SERVEUR_PRODUCTION)
                .description("Production : l'API publique, derrière l'ingress (chaque service y sert ses chemins /api/v1)")
                .extensions(Map.of("x-internal", false))));
        SecurityScheme bearer = openAPI.getComponents().getSecuritySchemes().get(SCHEMA_SECURITE);
        if (bearer == null) {
            throw new IllegalStateException("schéma de sécurité « " + SCHEMA_SECURITE + " » absent du document");
        }
        bearer.type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("Jeton d'accès OpenID Connect du royaume Keycloak « ptce » (en production "
                        + "https://auth.ptce.example.gouv.fr/realms/ptce), envoyé dans l'en-tête Authorization: Bearer. "
                        + "JWS signé RS256 par les clés publiées du royaume, de courte durée ; le service vérifie "
                        + "signature, émetteur et expiration selon les bonnes pratiques JWT du RFC8725 (algorithme "
                        + "imposé par les clés du royaume, « none » refusé). Les rôles viennent de realm_access.roles "
                        + "(porteur, instructeur, evaluateur, comite, gestionnaire, admin, partenaire) ; chaque "
                        + "opération nomme ceux qu'elle admet.");
    }
}
