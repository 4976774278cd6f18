package fr.gouv.ptce.commons.reveil;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a pass of some queue's worker now, on its own thread, instead of at the next tick of its
 * timer: wakes asked for while a pass is already pending are folded into it. Each queue has its
 * own, so a slow one (a webhook receiver) never holds back another (the e-mails).
 */
public final class Reveil {

    private final ExecutorService fil;
    private final AtomicBoolean demande = new AtomicBoolean();
    private final Runnable passe;

    public Reveil(String nomDuFil, Runnable passe) {
        this.passe = passe;
        this.fil = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, nomDuFil);
            t.setDaemon(true);
            return t;
        });
    }

    /** Asks for a pass; does nothing when one is already waiting to start. */
    public void reveiller() {
        if (demande.compareAndSet(false, true)) {
            fil.execute(() -> {
                demande.set(false);
                passe.run();
            });
        }
    }

    public void arreter() {
        fil.shutdownNow();
    }
}
