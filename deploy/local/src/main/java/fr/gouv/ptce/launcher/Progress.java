package fr.gouv.ptce.launcher;

import java.io.PrintStream;
import java.time.Duration;

/** What the launcher tells the person waiting: one line per step, with elapsed seconds. */
public final class Progress {

    private final PrintStream out;

    public Progress(PrintStream out) {
        this.out = out;
    }

    public static Progress silent() {
        return new Progress(new PrintStream(java.io.OutputStream.nullOutputStream()));
    }

    public void step(String text) {
        out.println("  … " + text);
        out.flush();
    }

    public void done(String text, long startNanos) {
        out.printf("  ✓ %s (%s)%n", text, seconds(System.nanoTime() - startNanos));
        out.flush();
    }

    public void line(String text) {
        out.println(text);
        out.flush();
    }

    public static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f s", Duration.ofNanos(nanos).toMillis() / 1000.0);
    }
}
