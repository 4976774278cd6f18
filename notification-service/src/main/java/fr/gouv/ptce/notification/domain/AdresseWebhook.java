package fr.gouv.ptce.notification.domain;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Keeps a partner from making this service call inside the network (SSRF): the URL must be https,
 * and every address its host resolves to must be public — no loopback, private, link-local,
 * carrier-grade NAT, multicast or unspecified address. The local launcher and the tests may allow
 * http and loopback, and nothing more.
 */
public final class AdresseWebhook {

    /** Resolves a host name; the real one asks DNS, tests give fixed answers. */
    @FunctionalInterface
    public interface Resolveur {
        List<InetAddress> resoudre(String hote) throws UnknownHostException;
    }

    /** The reason an address is refused, in French, for the caller. */
    public static final class AdresseRefuseeException extends RuntimeException {
        public AdresseRefuseeException(String raison) {
            super(raison);
        }
    }

    private AdresseWebhook() {
    }

    public static URI verifier(String url, boolean autoriserLocal, Resolveur resolveur) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException | NullPointerException e) {
            throw new AdresseRefuseeException("adresse illisible");
        }
        String schema = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!schema.equals("https") && !(autoriserLocal && schema.equals("http"))) {
            throw new AdresseRefuseeException("seules les adresses https sont acceptées");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new AdresseRefuseeException("l'adresse doit nommer un hôte");
        }
        if (uri.getUserInfo() != null) {
            throw new AdresseRefuseeException("l'adresse ne doit pas contenir d'identifiants");
        }
        List<InetAddress> adresses;
        try {
            adresses = resolveur.resoudre(uri.getHost());
        } catch (UnknownHostException e) {
            throw new AdresseRefuseeException("hôte introuvable : " + uri.getHost());
        }
        if (adresses.isEmpty()) {
            throw new AdresseRefuseeException("hôte introuvable : " + uri.getHost());
        }
        for (InetAddress a : adresses) {
            if (a.isLoopbackAddress() && autoriserLocal) {
                continue;
            }
            if (interne(a)) {
                throw new AdresseRefuseeException("l'hôte désigne une adresse interne (" + a.getHostAddress() + ")");
            }
        }
        return uri;
    }

    static boolean interne(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] o = a.getAddress();
        if (a instanceof Inet4Address) {
            int b0 = o[0] & 0xff;
            int b1 = o[1] & 0xff;
            return b0 == 0 || (b0 == 100 && b1 >= 64 && b1 <= 127) || b0 >= 240;
        }
        if (a instanceof Inet6Address) {
            // fc00::/7 unique local addresses; IPv4-mapped addresses are judged as IPv4.
            if ((o[0] & 0xfe) == 0xfc) {
                return true;
            }
            boolean mappe = true;
            for (int i = 0; i < 10; i++) {
                mappe &= o[i] == 0;
            }
            if (mappe && (o[10] & 0xff) == 0xff && (o[11] & 0xff) == 0xff) {
                try {
                    return interne(InetAddress.getByAddress(new byte[]{o[12], o[13], o[14], o[15]}));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }
}
