package fr.gouv.ptce.systemtests.pannes;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The background stream of a fault test: a few threads, each taking dossiers through {@link Parcours}
 * one after the other until asked to stop; the dossier in progress is always finished, so what
 * the reconciliation finds is complete. A thread that fails keeps its error for the test to report.
 */
final class Flux implements AutoCloseable {

    private final Parcours parcours;
    private final Parcours.Profondeur profondeur;
    private final AtomicBoolean arreter = new AtomicBoolean();
    private final List<Thread> fils = new CopyOnWriteArrayList<>();
    final List<String> soumises = new CopyOnWriteArrayList<>();
    final List<Throwable> echecs = new CopyOnWriteArrayList<>();

    Flux(Parcours parcours, Parcours.Profondeur profondeur, int nbFils) {
        this.parcours = parcours;
        this.profondeur = profondeur;
        for (int i = 0; i < nbFils; i++) {
            Thread t = new Thread(this::boucle, "flux-pannes-" + i);
            t.setDaemon(true);
            fils.add(t);
        }
    }

    Flux demarrer() {
        fils.forEach(Thread::start);
        return this;
    }

    private void boucle() {
        while (!arreter.get()) {
            try {
                soumises.addAll(parcours.unDossier(profondeur));
            } catch (Throwable e) {
                echecs.add(e);
                return;
            }
        }
    }

    /** Asks the threads to stop after their current dossier and waits for them. */
    @Override
    public void close() {
        arreter.set(true);
        for (Thread t : fils) {
            try {
                t.join(300_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Fails the test with the first error of a thread, if any. */
    void verifierSansEchec() {
        if (!echecs.isEmpty()) {
            AssertionError e = new AssertionError("le flux d'appels a échoué : " + echecs.get(0), echecs.get(0));
            echecs.stream().skip(1).forEach(e::addSuppressed);
            throw e;
        }
    }
}
