package fr.gouv.ptce.commons.time;

import java.time.ZoneId;

/** Campaign dates are defined in Paris; storage is in UTC. */
public final class ParisTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private ParisTime() {
    }
}
