package fr.gouv.ptce.evaluation.annuaire;

import fr.gouv.ptce.commons.portee.Portee;
import fr.gouv.ptce.commons.security.Roles;
import fr.gouv.ptce.evaluation.config.EvaluationSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.UserRepresentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The evaluators as Keycloak knows them, read through its admin REST API with the Quarkus admin
 * client, as the service account of the confidential client {@code evaluation-annuaire}
 * (client credentials; realm-management roles view-users and view-realm only: listing the members of a role needs view-realm (to see the role) and view-users (to see each member; with query-users alone Keycloak answers an empty list), checked on Keycloak 26.7). Each call reads
 * the directory afresh: an evaluator added, moved or removed in Keycloak counts at once, on every
 * replica. The members of the role are read directly (not through groups or composite roles), by
 * pages, full representations so that the scope attribute comes along.
 */
@ApplicationScoped
public class AnnuaireKeycloak implements Annuaire {

    private static final int PAGE = 100;

    @Inject
    Keycloak keycloak;

    @Inject
    EvaluationSettings settings;

    @Override
    public List<Evaluateur> evaluateurs() {
        List<Evaluateur> tous = new ArrayList<>();
        try {
            var role = keycloak.realm(settings.annuaire().royaume()).roles().get(Roles.EVALUATEUR);
            for (int premier = 0; premier < settings.annuaire().maximum(); premier += PAGE) {
                List<UserRepresentation> page = role.getUserMembers(false, premier, PAGE);
                page.stream().filter(u -> !Boolean.FALSE.equals(u.isEnabled())).map(AnnuaireKeycloak::evaluateur)
                        .forEach(tous::add);
                if (page.size() < PAGE) {
                    return tous;
                }
            }
            return tous;
        } catch (WebApplicationException | ProcessingException e) {
            throw AnnuaireIndisponible.de(e);
        }
    }

    private static Evaluateur evaluateur(UserRepresentation u) {
        String nom = String.join(" ", nonVides(u.getFirstName(), u.getLastName()));
        Map<String, List<String>> attributs = u.getAttributes() == null ? Map.of() : u.getAttributes();
        return new Evaluateur(u.getId(), nom.isBlank() ? u.getUsername() : nom, u.getEmail(),
                Portee.depuis(attributs.get(Portee.CLAIM)));
    }

    private static List<String> nonVides(String... parties) {
        List<String> l = new ArrayList<>();
        for (String p : parties) {
            if (p != null && !p.isBlank()) {
                l.add(p.strip());
            }
        }
        return l;
    }
}
