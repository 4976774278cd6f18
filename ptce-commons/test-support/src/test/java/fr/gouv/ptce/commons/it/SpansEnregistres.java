package fr.gouv.ptce.commons.it;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Keeps every span the test application ends, as an OTLP collector would receive them: Quarkus adds
 * each {@link SpanProcessor} bean to its tracer provider, beside the OTLP exporter.
 */
public class SpansEnregistres {

    public static final InMemorySpanExporter SPANS = InMemorySpanExporter.create();

    @Produces
    @Singleton
    SpanProcessor enregistreur() {
        return SimpleSpanProcessor.create(SPANS);
    }
}
