package fr.gouv.ptce.commons.http;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads the UUID and enum parameters of every resource (query, header, form, cookie): a value that
 * does not fit fails with {@link ParametreIllisible}, which names the parameter and what was
 * expected, and becomes a 400 problem with that name ({@code ProblemExceptionMappers}), not the
 * bare 404 JAX-RS gives to an unreadable query parameter. Enums are read by constant name, exact.
 * Path parameters keep JAX-RS's conversion: an unreadable id in a path is a 404, as an unknown one.
 */
@Provider
public class ParametresRequete implements ParamConverterProvider {

    /** A parameter value that cannot be read; carries the parameter's name. */
    public static final class ParametreIllisible extends IllegalArgumentException {
        private final String parametre;

        public ParametreIllisible(String parametre, String attendu) {
            super(attendu);
            this.parametre = parametre;
        }

        public String parametre() {
            return parametre;
        }
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> type, Type generique, Annotation[] annotations) {
        String nom = nom(annotations);
        if (nom == null) {
            return null;
        }
        if (type == UUID.class) {
            return (ParamConverter<T>) new Conversion<>(nom, "identifiant invalide (UUID attendu)", UUID::fromString);
        }
        if (type.isEnum()) {
            Class<? extends Enum> enumeration = (Class<? extends Enum>) type;
            String admises = Arrays.stream(enumeration.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
            return (ParamConverter<T>) new Conversion<>(nom, "valeur non admise ; valeurs admises : " + admises,
                    texte -> Enum.valueOf(enumeration, texte));
        }
        return null;
    }

    private static String nom(Annotation[] annotations) {
        if (annotations != null) {
            for (Annotation a : annotations) {
                if (a instanceof QueryParam q) {
                    return q.value();
                } else if (a instanceof PathParam) {
                    // an id in the path that cannot be read addresses nothing: JAX-RS's 404 stays
                    return null;
                } else if (a instanceof HeaderParam h) {
                    return h.value().toLowerCase(Locale.ROOT);
                } else if (a instanceof FormParam f) {
                    return f.value();
                } else if (a instanceof CookieParam c) {
                    return c.value();
                }
            }
        }
        return null;
    }

    private record Conversion<T>(String nom, String attendu, java.util.function.Function<String, T> lire)
            implements ParamConverter<T> {

        @Override
        public T fromString(String valeur) {
            if (valeur == null || valeur.isBlank()) {
                return null; // "?statut=" is the same as no filter
            }
            try {
                return lire.apply(valeur.strip());
            } catch (IllegalArgumentException e) {
                throw new ParametreIllisible(nom, attendu);
            }
        }

        @Override
        public String toString(T valeur) {
            return valeur == null ? null : (valeur instanceof Enum<?> e ? e.name() : valeur.toString());
        }
    }
}
