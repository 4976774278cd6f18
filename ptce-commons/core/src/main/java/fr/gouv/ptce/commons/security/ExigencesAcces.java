package fr.gouv.ptce.commons.security;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who may call each REST operation of the service, read once from the resources' own security
 * annotations ({@code @RolesAllowed}, {@code @Authenticated}, {@code @PermitAll}, {@code @DenyAll},
 * on the method or else its class). Quarkus checks them only once it has chosen a method, that is
 * after content negotiation; this lets the 405/406/415 answers, which come before, check the caller
 * first (see {@code problem.ProblemExceptionMappers}), so that an operation tells nothing about
 * itself to a caller who may not call it.
 */
@ApplicationScoped
public class ExigencesAcces {

    /** One operation: its HTTP method, its address template as a pattern, and who may call it. */
    record Exigence(String methode, Pattern chemin, boolean publique, boolean authentifie, Set<String> roles) {

        boolean admet(Set<String> rolesAppelant) {
            return publique || authentifie || roles.contains("**") || rolesAppelant.stream().anyMatch(roles::contains);
        }
    }

    /** What the caller may learn of an address it did not call correctly. */
    public enum Verdict { REPONSE_NORMALE, AUTHENTIFICATION_REQUISE, ACCES_REFUSE }

    private static final Pattern VARIABLE = Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})*))?}");

    @Inject
    BeanManager beans;

    private volatile List<Exigence> exigences;

    /**
     * The verdict for a caller who reached {@code chemin} with {@code methode} but whose request
     * matched no operation's media types or method. {@code identiteValide} is false for a token that
     * failed verification; {@code anonyme} true when there is no token at all.
     */
    public Verdict verdict(String methode, String chemin, boolean identiteValide, boolean anonyme, Set<String> rolesAppelant) {
        List<Exigence> candidates = candidates(methode, chemin);
        if (candidates.isEmpty() || candidates.stream().anyMatch(Exigence::publique)) {
            return Verdict.REPONSE_NORMALE; // an address anyone may call has nothing to hide
        }
        if (!identiteValide || anonyme) {
            return Verdict.AUTHENTIFICATION_REQUISE;
        }
        return candidates.stream().anyMatch(e -> e.admet(rolesAppelant)) ? Verdict.REPONSE_NORMALE : Verdict.ACCES_REFUSE;
    }

    /** The operations at this address with this method; all those at this address when none has it (405). */
    List<Exigence> candidates(String methode, String chemin) {
        List<Exigence> auChemin = exigences().stream().filter(e -> e.chemin().matcher(chemin).matches()).toList();
        List<Exigence> avecMethode = auChemin.stream().filter(e -> e.methode().equalsIgnoreCase(methode)).toList();
        return avecMethode.isEmpty() ? auChemin : avecMethode;
    }

    private List<Exigence> exigences() {
        List<Exigence> e = exigences;
        if (e == null) {
            synchronized (this) {
                if (exigences == null) {
                    exigences = lire();
                }
                e = exigences;
            }
        }
        return e;
    }

    /** Quarkus REST makes every resource class a bean: the bean list is the list of resources. */
    private List<Exigence> lire() {
        List<Exigence> out = new ArrayList<>();
        Set<Class<?>> vues = new HashSet<>();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> classe = bean.getBeanClass();
            Path racine = classe.getAnnotation(Path.class);
            if (racine == null || !vues.add(classe)) {
                continue;
            }
            for (Class<?> c = classe; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Method m : c.getDeclaredMethods()) {
                    String methode = methodeHttp(m);
                    if (methode == null) {
                        continue;
                    }
                    Path sous = m.getAnnotation(Path.class);
                    String gabarit = joindre(racine.value(), sous == null ? "" : sous.value());
                    out.add(exigence(methode, gabarit, m, classe));
                }
            }
        }
        return List.copyOf(out);
    }

    static Exigence exigence(String methode, String gabarit, AnnotatedElement operation, AnnotatedElement classe) {
        AnnotatedElement source = securise(operation) ? operation : classe;
        Pattern chemin = motif(gabarit);
        if (source.isAnnotationPresent(DenyAll.class)) {
            return new Exigence(methode, chemin, false, false, Set.of());
        }
        if (source.isAnnotationPresent(RolesAllowed.class)) {
            return new Exigence(methode, chemin, false, false, Set.of(source.getAnnotation(RolesAllowed.class).value()));
        }
        if (source.isAnnotationPresent(Authenticated.class)) {
            return new Exigence(methode, chemin, false, true, Set.of());
        }
        // @PermitAll, or no security annotation at all: Quarkus lets anyone in.
        return new Exigence(methode, chemin, true, false, Set.of());
    }

    private static boolean securise(AnnotatedElement e) {
        return e.isAnnotationPresent(RolesAllowed.class) || e.isAnnotationPresent(Authenticated.class)
                || e.isAnnotationPresent(PermitAll.class) || e.isAnnotationPresent(DenyAll.class);
    }

    private static String methodeHttp(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod h = a.annotationType().getAnnotation(HttpMethod.class);
            if (h != null) {
                return h.value();
            }
        }
        return null;
    }

    static String joindre(String racine, String sous) {
        String chemin = "/" + racine + "/" + sous;
        chemin = chemin.replaceAll("/{2,}", "/");
        return chemin.length() > 1 && chemin.endsWith("/") ? chemin.substring(0, chemin.length() - 1) : chemin;
    }

    /** "/api/v1/candidatures/{id}/pieces" → a pattern where each {variable} is one segment (or its own regex). */
    static Pattern motif(String gabarit) {
        StringBuilder sb = new StringBuilder();
        Matcher m = VARIABLE.matcher(gabarit);
        int fin = 0;
        while (m.find()) {
            sb.append(Pattern.quote(gabarit.substring(fin, m.start())));
            sb.append(m.group(1) == null ? "[^/]+" : "(?:" + m.group(1).strip() + ")");
            fin = m.end();
        }
        sb.append(Pattern.quote(gabarit.substring(fin)));
        return Pattern.compile(sb + "/?");
    }
}
