package fr.gouv.ptce.benchmarks;

/** A step of the suite could not be done; the message says what to do about it. */
public class BenchException extends RuntimeException {
    public BenchException(String message) {
        super(message);
    }

    public BenchException(String message, Throwable cause) {
        super(message, cause);
    }
}
