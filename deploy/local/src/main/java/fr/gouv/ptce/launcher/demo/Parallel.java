package fr.gouv.ptce.launcher.demo;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs one step of the edition for many files at once, on a few threads (the platform shares two
 * cores with its database, broker and Keycloak: more threads would only queue), printing progress.
 */
final class Parallel implements AutoCloseable {

    private final ExecutorService pool;
    private final PrintStream out;

    Parallel(int threads, PrintStream out) {
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ptce-demo");
            t.setDaemon(true);
            return t;
        });
        this.out = out;
    }

    /** Applies {@code work} to every item; the first failure stops the step and is thrown. */
    <T> void each(String label, List<T> items, Consumer<T> work) {
        long start = System.nanoTime();
        AtomicInteger done = new AtomicInteger();
        int step = Math.max(1, items.size() / 4);
        List<Future<?>> futures = items.stream().<Future<?>>map(item -> pool.submit(() -> {
            work.accept(item);
            int n = done.incrementAndGet();
            if (n % step == 0 && n < items.size()) {
                synchronized (out) {
                    out.printf("      %s: %d/%d%n", label, n, items.size());
                    out.flush();
                }
            }
        })).toList();
        try {
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            throw e.getCause() instanceof RuntimeException r ? r : new DemoException(label + ": " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoException(label + " interrupted", e);
        }
        out.printf("  ✓ %s: %d (%.1f s)%n", label, items.size(), (System.nanoTime() - start) / 1e9);
        out.flush();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
