package fr.gouv.ptce.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code ./ptce logs <part> [-f]}: the end of one part's log in the data folder, and with -f what
 * it writes next, until Ctrl-C. A part's log survives its restarts (each start appends to it after
 * a "=====" line), so following it across a {@code ./ptce restart} works.
 */
final class Logs {

    /** Lines printed before following: enough to see a start or a failure. */
    static final int LINES = 100;
    /** How much of the end of the log is read to find them. */
    private static final int TAIL_BYTES = 512 * 1024;

    private Logs() {
    }

    /** Prints the last {@link #LINES} lines of {@code log}; returns the offset reached. */
    static long printEnd(Path log, PrintStream out) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long length = file.length();
            long from = Math.max(0, length - TAIL_BYTES);
            byte[] bytes = new byte[(int) (length - from)];
            file.seek(from);
            file.readFully(bytes);
            List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
            // A chunk that does not start the file starts mid-line: drop that partial line.
            int first = Math.max(from > 0 ? 1 : 0, lines.size() - LINES);
            for (String line : lines.subList(Math.min(first, lines.size()), lines.size())) {
                out.println(line);
            }
            out.flush();
            return length;
        }
    }

    /** Prints what is appended to {@code log} from {@code offset} on, forever (the user ends it with Ctrl-C). */
    static void follow(Path log, long offset, PrintStream out) throws IOException {
        long position = offset;
        byte[] buffer = new byte[64 * 1024];
        while (true) {
            long length = Files.exists(log) ? Files.size(log) : 0;
            if (length < position) {
                position = 0; // the log was emptied or replaced: start over
            }
            if (length > position) {
                try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
                    file.seek(position);
                    int n;
                    while ((n = file.read(buffer)) > 0) {
                        out.write(buffer, 0, n);
                        position += n;
                    }
                }
                out.flush();
            }
            Processes.sleep(300);
        }
    }
}
