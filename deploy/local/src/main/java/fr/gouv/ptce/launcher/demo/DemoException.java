package fr.gouv.ptce.launcher.demo;

/** The demo cannot go on: the message names the request and the platform's answer. */
public final class DemoException extends RuntimeException {

    public DemoException(String message) {
        super(message);
    }

    public DemoException(String message, Throwable cause) {
        super(message, cause);
    }
}
