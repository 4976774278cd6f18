package fr.gouv.ptce.notification.notifications;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/**
 * The région of an application (from its deposit events): what a staff user's territory is checked
 * against for the notifications of that file. The latest deposit wins (a re-deposit may move it).
 */
@Entity
@Table(name = "region_candidature")
public class RegionCandidature extends PanacheEntityBase {

    @Id
    @Column(name = "candidature_id")
    public UUID candidatureId;

    @Column(name = "region")
    public String region;

    public static void noter(UUID candidatureId, String region) {
        RegionCandidature r = findById(candidatureId);
        if (r == null) {
            r = new RegionCandidature();
            r.candidatureId = candidatureId;
            r.region = region;
            r.persist();
        } else {
            r.region = region;
        }
    }

    /** The région of the file, null when unknown (no deposit seen, or none given). */
    public static String de(UUID candidatureId) {
        RegionCandidature r = candidatureId == null ? null : findById(candidatureId);
        return r == null ? null : r.region;
    }
}
