package fr.gouv.ptce.commons.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The finishing pass on a small document shaped like SmallRye's: what it adds, and what it leaves alone. */
class DocumentOpenApiTest {

    @Test
    void uneEcritureSecuriseeRecoitSesReponsesCommunesEtUnIdentifiantLisible() {
        OpenAPI doc = document();
        new DocumentOpenApi().filterOpenAPI(doc);

        Operation depot = doc.getPaths().getPathItem("/api/v1/candidatures/{id}/depot").getPOST();
        assertEquals("deposerCandidature", depot.getOperationId());
        for (String code : List.of("400", "401", "403", "404", "429", "500")) {
            APIResponse r = depot.getResponses().getAPIResponse(code);
            assertNotNull(r, code);
            assertEquals("#/components/schemas/Problem",
                    r.getContent().getMediaType("application/problem+json").getSchema().getRef(), code);
        }
        String conflit = depot.getResponses().getAPIResponse("409").getDescription();
        assertTrue(conflit.startsWith("Déjà déposée"), "description gardée : " + conflit);
        assertTrue(conflit.contains("https://ptce.gouv.fr/problemes/transition-interdite"), "le type unique du refus : " + conflit);
        assertTrue(depot.getResponses().getAPIResponse("403").getDescription().contains("porteur"));
        assertEquals(List.of("Access-Control-Allow-Origin", "RateLimit", "RateLimit-Policy", "Retry-After"),
                depot.getResponses().getAPIResponse("429").getHeaders().keySet().stream().sorted().toList());

        Operation lecture = doc.getPaths().getPathItem("/api/v1/donnees-ouvertes").getGET();
        assertNull(lecture.getResponses().getAPIResponse("401"), "opération publique : pas de 401");
        assertNull(lecture.getResponses().getAPIResponse("429"), "lecture : jamais limitée");
        assertNotNull(lecture.getResponses().getAPIResponse("500"));

        SecurityScheme bearer = doc.getComponents().getSecuritySchemes().get("bearer");
        assertTrue(bearer.getDescription().contains("RFC8725") && bearer.getDescription().contains("ptce"));
        assertTrue(doc.getServers().get(0).getUrl().startsWith("https://"));
        assertEquals(Boolean.FALSE, doc.getServers().get(0).getExtensions().get("x-internal"));
        assertNotNull(doc.getInfo().getContact().getEmail());
    }

    @Test
    void seulesLesReponsesRecoiventLEtendueDeLeurTypeEtLesFormatsLeurLongueur() {
        OpenAPI doc = document();
        new DocumentOpenApi().filterOpenAPI(doc);
        Schema vue = doc.getComponents().getSchemas().get("Vue");
        assertEquals(BigDecimal.valueOf(Integer.MAX_VALUE), vue.getProperties().get("compte").getMaximum());
        assertEquals(36, vue.getProperties().get("id").getMaxLength());
        Schema demande = doc.getComponents().getSchemas().get("Demande");
        assertNull(demande.getProperties().get("nombre").getMaximum(), "une entrée garde ses bornes de Bean Validation");
        assertEquals(35, demande.getProperties().get("quand").getMaxLength());
    }

    @Test
    void deuxOperationsDeMemeIdentifiantArretentLeBuild() {
        OpenAPI doc = document();
        doc.getPaths().addPathItem("/api/v1/autre", OASFactory.createPathItem()
                .POST(OASFactory.createOperation().operationId("CandidatureResource_deposer")
                        .responses(OASFactory.createAPIResponses())));
        assertThrows(IllegalStateException.class, () -> new DocumentOpenApi().filterOpenAPI(doc));
    }

    @Test
    void unIdentifiantExpliciteEstGarde() {
        assertEquals("deposerCandidature", IdentifiantsOperations.lisible("CandidatureResource_deposer"));
        assertEquals("monId", IdentifiantsOperations.lisible("monId"));
    }

    private static OpenAPI document() {
        Schema probleme = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT);
        Schema demande = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("nombre", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("quand", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("date-time"));
        Schema vue = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("compte", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("id", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uuid"));
        Operation depot = OASFactory.createOperation().operationId("CandidatureResource_deposer")
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("bearer", List.of("porteur")))
                .addParameter(OASFactory.createParameter().name("id").in(Parameter.In.PATH)
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uuid")))
                .requestBody(OASFactory.createRequestBody().content(OASFactory.createContent().addMediaType("application/json",
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Demande")))))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("Déposée"))
                        .addAPIResponse("409", OASFactory.createAPIResponse().description("Déjà déposée")));
        Operation lecture = OASFactory.createOperation().operationId("OpenDataResource_annuaire")
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse().description("ok")));
        return OASFactory.createOpenAPI()
                .info(OASFactory.createInfo().title("t").version("1"))
                .components(OASFactory.createComponents()
                        .addSchema("Problem", probleme).addSchema("Demande", demande).addSchema("Vue", vue)
                        .addSecurityScheme("bearer", OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)))
                .paths(OASFactory.createPaths()
                        .addPathItem("/api/v1/candidatures/{id}/depot", OASFactory.createPathItem().POST(depot))
                        .addPathItem("/api/v1/donnees-ouvertes", OASFactory.createPathItem().GET(lecture)));
    }
}
