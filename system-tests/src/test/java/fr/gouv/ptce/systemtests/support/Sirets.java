package fr.gouv.ptce.systemtests.support;

import java.util.concurrent.ThreadLocalRandom;

/** SIRETs for the system tests' structures: new at each run, so that runs on one platform never collide. */
public final class Sirets {

    private Sirets() {
    }

    /** 14 random digits (the first not 0 nor 9) completed by the last one that makes the Luhn sum a multiple of 10. */
    public static String nouveau() {
        ThreadLocalRandom hasard = ThreadLocalRandom.current();
        int[] d = new int[14];
        d[0] = 1 + hasard.nextInt(8);
        for (int i = 1; i < 13; i++) {
            d[i] = hasard.nextInt(10);
        }
        int somme = 0;
        for (int i = 0; i < 13; i++) {
            int v = d[i] * (i % 2 == 0 ? 2 : 1);
            somme += v > 9 ? v - 9 : v;
        }
        d[13] = (10 - somme % 10) % 10; // position 13 weighs 1: it completes the sum alone
        StringBuilder sb = new StringBuilder(14);
        for (int x : d) {
            sb.append(x);
        }
        return sb.toString();
    }
}
