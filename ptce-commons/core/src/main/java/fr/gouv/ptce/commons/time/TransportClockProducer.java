package fr.gouv.ptce.commons.time;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The one {@link TransportClock}: the system clock, never moved by tests nor by the demo. */
@Singleton
public class TransportClockProducer {

    @Produces
    @Singleton
    @TransportClock
    Clock transportClock() {
        return Clock.systemUTC();
    }
}
