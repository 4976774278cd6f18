package fr.gouv.ptce.commons.outbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

import java.util.List;

/**
 * The W3C {@code traceparent} that links an event to the span that caused it. OpenTelemetry owns the
 * spans (HTTP server spans, the relay's producer spans, the inbox's consumer spans); this class only
 * writes the current span as the one header an outbox row keeps, and reads it back as a parent, because
 * the row outlives the thread that wrote it: the relay publishes it later, from another thread.
 */
public final class TraceContext {

    private static final TextMapGetter<String> SEUL_EN_TETE = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String traceparent) {
            return List.of(W3CTraceContextPropagator.getInstance().fields().iterator().next());
        }

        @Override
        public String get(String traceparent, String key) {
            return "traceparent".equals(key) ? traceparent : null;
        }
    };

    private TraceContext() {
    }

    /** The current span as a {@code traceparent}, or null when no span is recording a trace here. */
    public static String current() {
        SpanContext span = Span.current().getSpanContext();
        if (!span.isValid()) {
            return null;
        }
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
    }

    /** The remote parent {@code traceparent} names (the root context when it is absent or malformed). */
    public static Context parent(String traceparent) {
        if (traceparent == null) {
            return Context.root();
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), traceparent, SEUL_EN_TETE);
    }
}
