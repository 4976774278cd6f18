package fr.gouv.ptce.commons.time;

import jakarta.inject.Qualifier;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the clock of the wire: {@code @Inject @TransportClock Clock} is always the real time in
 * UTC, whatever the business clock ({@link AdjustableClock}) says. Timestamps that another party
 * checks against its own clock — webhook signatures, HTTP dates, token lifetimes, a peer's
 * Retry-After — use it; business instants (deadlines, "submitted at") never do.
 */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE})
public @interface TransportClock {
}
