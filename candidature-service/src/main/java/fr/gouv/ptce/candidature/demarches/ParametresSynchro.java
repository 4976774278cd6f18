package fr.gouv.ptce.candidature.demarches;

import java.time.Instant;

/** What a run needs, read in a short transaction. {@link #toString()} keeps the token out of logs. */
record ParametresSynchro(String urlApi, String jeton, int numeroDemarche, Correspondance correspondance,
                         Instant depuis) {

    @Override
    public String toString() {
        return "ParametresSynchro[urlApi=" + urlApi + ", jeton=***, demarche=" + numeroDemarche + ", depuis=" + depuis + "]";
    }
}
