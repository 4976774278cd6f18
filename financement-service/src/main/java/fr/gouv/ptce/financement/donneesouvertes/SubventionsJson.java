package fr.gouv.ptce.financement.donneesouvertes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** The same lines as JSON, written once so that the ETag is computed on the bytes sent. */
@ApplicationScoped
public class SubventionsJson {

    @Inject
    ObjectMapper mapper;

    byte[] ecrire(List<SubventionScdl> lignes) {
        try {
            return mapper.writeValueAsBytes(lignes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("subventions illisibles en JSON", e);
        }
    }
}
