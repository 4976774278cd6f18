package fr.gouv.ptce.commons.time;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one clock every service reads. In production it is the system clock in UTC. Tests (and the
 * system tests, through {@link ClockResource} when explicitly enabled) can pin it to an instant or
 * shift it, so that a deadline can be approached from both sides to the millisecond. Services
 * inject {@link Clock}; they never call {@code Instant.now()} themselves.
 */
@Singleton
public class AdjustableClock extends Clock {

    private record State(Instant fixed, Duration offset) {
    }

    private final Clock system;
    private final AtomicReference<State> state = new AtomicReference<>(new State(null, Duration.ZERO));

    public AdjustableClock(Clock system) {
        this.system = system;
    }

    public AdjustableClock() {
        this(Clock.systemUTC());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        State s = state.get();
        return s.fixed != null ? s.fixed : system.instant().plus(s.offset);
    }

    /** Stops the clock at {@code instant}. */
    public void pinTo(Instant instant) {
        state.set(new State(instant, Duration.ZERO));
    }

    /** Lets the clock run again, starting from {@code instant}. */
    public void runFrom(Instant instant) {
        state.set(new State(null, Duration.between(system.instant(), instant)));
    }

    public void advance(Duration duration) {
        state.updateAndGet(s -> s.fixed != null ? new State(s.fixed.plus(duration), Duration.ZERO)
                : new State(null, s.offset.plus(duration)));
    }

    public void reset() {
        state.set(new State(null, Duration.ZERO));
    }

    public boolean isAdjusted() {
        State s = state.get();
        return s.fixed != null || !s.offset.isZero();
    }
}
