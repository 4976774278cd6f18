package fr.gouv.ptce.commons.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * The service's own {@code @Incoming} methods, by channel. A replay hands its rebuilt message to
 * the method that received the original, so it takes the same routes through the same inbox as
 * the channel would — no second list of routes to keep in step with the consumers.
 */
@ApplicationScoped
public class CanauxEntrants {

    /** One consumer method and the bean that holds it. */
    record Canal(Bean<?> bean, Method methode) {
    }

    @Inject
    BeanManager beans;

    private volatile Map<String, Canal> canaux;

    /** Delivers {@code message} to the method listening on {@code canal}; empty when none does. */
    Optional<CompletionStage<Void>> livrer(String canal, Message<String> message) {
        Canal c = canaux().get(canal);
        if (c == null) {
            return Optional.empty();
        }
        Object instance = beans.getReference(c.bean(), c.bean().getBeanClass(), beans.createCreationalContext(c.bean()));
        try {
            @SuppressWarnings("unchecked")
            CompletionStage<Void> stage = (CompletionStage<Void>) c.methode().invoke(instance, message);
            return Optional.of(stage);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Canal> canaux() {
        Map<String, Canal> c = canaux;
        if (c == null) {
            synchronized (this) {
                if (canaux == null) {
                    canaux = lire();
                }
                c = canaux;
            }
        }
        return c;
    }

    /**
     * The methods taking a {@code Message} and returning a {@code CompletionStage}: the form the
     * kit's channel has ({@code CanalEvenements}: {@code return inbox.handle(message)}).
     */
    private Map<String, Canal> lire() {
        Map<String, Canal> out = new HashMap<>();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            for (Method m : bean.getBeanClass().getMethods()) {
                Incoming incoming = m.getAnnotation(Incoming.class);
                if (incoming != null && m.getParameterCount() == 1
                        && Message.class.isAssignableFrom(m.getParameterTypes()[0])
                        && CompletionStage.class.isAssignableFrom(m.getReturnType())) {
                    out.putIfAbsent(incoming.value(), new Canal(bean, m));
                }
            }
        }
        return Map.copyOf(out);
    }
}
