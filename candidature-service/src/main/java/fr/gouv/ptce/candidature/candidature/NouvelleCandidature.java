package fr.gouv.ptce.candidature.candidature;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** A new draft: only the campaign is required; the rest may be filled in later with PUT. */
public record NouvelleCandidature(@NotNull UUID campagneId,
                                  @Valid ContenuCandidature.Structure structure,
                                  @Size(max = 300) String territoire,
                                  @Size(max = 200) List<ContenuCandidature.@Valid @NotNull Membre> membres,
                                  @Valid ContenuCandidature.Projet projet,
                                  @Valid ContenuCandidature.Contact contact) {

    public ContenuCandidature contenu() {
        return new ContenuCandidature(structure, territoire, membres, projet, contact);
    }
}
