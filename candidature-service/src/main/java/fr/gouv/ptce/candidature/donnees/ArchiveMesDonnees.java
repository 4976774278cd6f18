package fr.gouv.ptce.candidature.donnees;

import fr.gouv.ptce.candidature.candidature.Candidature;
import fr.gouv.ptce.candidature.candidature.CandidatureService;
import fr.gouv.ptce.candidature.candidature.Piece;
import fr.gouv.ptce.candidature.candidature.PieceContenu;
import fr.gouv.ptce.candidature.offre.DemandeAccompagnement;
import fr.gouv.ptce.candidature.offre.Inscription;
import fr.gouv.ptce.candidature.structure.LaureatPhase1;
import fr.gouv.ptce.candidature.web.Json;
import fr.gouv.ptce.commons.security.CurrentUser;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The caller's archive (GDPR right of access): {@code donnees.json} with everything this service
 * holds about the caller, and each attachment of its applications under {@code pieces/}. Only rows
 * whose owner is the caller's {@code sub}: a porteur never receives another's data.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ArchiveMesDonnees {

    /** Where the porteur finds what the other services hold (docs/API-choix.md). */
    static final List<String> AUTRES_SERVICES = List.of("/api/v1/moi/donnees/evaluation",
            "/api/v1/moi/donnees/financement", "/api/v1/moi/donnees/notification");

    @Inject
    CurrentUser user;

    @Inject
    CandidatureService candidatures;

    @Inject
    Clock clock;

    public byte[] archive() {
        String sub = user.sub();
        ByteArrayOutputStream octets = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(octets, StandardCharsets.UTF_8)) {
            List<MesDonnees.Candidature> dossiers = new ArrayList<>();
            for (Candidature c : Candidature.<Candidature>list("porteurSub", Sort.by("seq"), sub)) {
                List<MesDonnees.Fichier> fichiers = new ArrayList<>();
                for (Piece p : Piece.<Piece>list("candidatureId", Sort.by("deposeeLe").and("id"), c.id)) {
                    // the stored name is the porteur's: no folder of it may reach the archive
                    String nom = "pieces/" + c.id + "/" + p.id + "-" + p.nomFichier.replaceAll("[/\\\\:]", "_");
                    zip.putNextEntry(new ZipEntry(nom));
                    zip.write(PieceContenu.<PieceContenu>findById(p.id).contenu);
                    zip.closeEntry();
                    fichiers.add(new MesDonnees.Fichier(p.id, p.nomFichier, p.sha256, nom));
                }
                dossiers.add(new MesDonnees.Candidature(candidatures.vue(c), fichiers));
            }
            MesDonnees donnees = new MesDonnees(sub, clock.instant(), dossiers,
                    Inscription.<Inscription>list("porteurSub", Sort.by("seq"), sub).stream()
                            .map(i -> new MesDonnees.Inscription(i.id, i.offreId, i.siret, i.statut.name(), i.inscriteLe,
                                    i.modifieeLe)).toList(),
                    DemandeAccompagnement.<DemandeAccompagnement>list("porteurSub", Sort.by("demandeeLe").and("id"), sub)
                            .stream().map(d -> new MesDonnees.DemandeAccompagnement(d.id, d.offreId, d.siret, d.heures,
                                    d.objet, d.demandeeLe)).toList(),
                    LaureatPhase1.<LaureatPhase1>list("porteurSub", Sort.by("siret"), sub).stream()
                            .map(l -> new MesDonnees.Laureat(l.siret, l.raisonSociale, l.candidatureId, l.campagneCode,
                                    l.designeLe, l.contactEmail)).toList(),
                    AUTRES_SERVICES);
            zip.putNextEntry(new ZipEntry("donnees.json"));
            zip.write(Json.ecrire(donnees).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return octets.toByteArray();
    }
}
