package fr.gouv.ptce.candidature.demarches;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The proxy of the calls to DS. Kubernetes clusters give it as HTTPS_PROXY / NO_PROXY, which Java
 * ignores: they are read here ({@code ptce.candidature.demarches.proxy}, {@code .sans-proxy}). Without
 * them, the JVM's own selector applies, so -Dhttps.proxyHost / -Dhttp.nonProxyHosts in JAVA_OPTS work too.
 */
final class ProxyDs {

    private ProxyDs() {
    }

    static ProxySelector selecteur(Optional<String> proxy, Optional<String> sansProxy) {
        if (proxy.isEmpty() || proxy.get().isBlank()) {
            return ProxySelector.getDefault() != null ? ProxySelector.getDefault() : ProxySelector.of(null);
        }
        URI uri = URI.create(proxy.get().contains("://") ? proxy.get().strip() : "http://" + proxy.get().strip());
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("proxy DS illisible : " + proxy.get());
        }
        Proxy p = new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : 80));
        List<String> exclus = sansProxy.map(s -> Arrays.stream(s.split(",")).map(String::strip).filter(x -> !x.isEmpty())
                .map(x -> x.toLowerCase(Locale.ROOT)).toList()).orElse(List.of());
        return new ProxySelector() {
            @Override
            public List<Proxy> select(URI cible) {
                return direct(cible.getHost(), exclus) ? List.of(Proxy.NO_PROXY) : List.of(p);
            }

            @Override
            public void connectFailed(URI cible, SocketAddress adresse, IOException e) {
                // nothing to remember: the call's own retries apply
            }
        };
    }

    /** NO_PROXY's usual reading: "*", an exact host, or a domain suffix (".gouv.fr" or "gouv.fr"). */
    static boolean direct(String hote, List<String> exclus) {
        if (hote == null) {
            return true;
        }
        String h = hote.toLowerCase(Locale.ROOT);
        for (String e : exclus) {
            String domaine = e.startsWith(".") ? e.substring(1) : e;
            if (e.equals("*") || h.equals(domaine) || h.endsWith("." + domaine)) {
                return true;
            }
        }
        return false;
    }
}
