package fr.gouv.ptce.commons.http;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who the client is behind the platform's own proxies (the gateway), plain Java. {@code X-Forwarded-For}
 * is written by every hop, the client's first: anything left of the last hop we trust may have been
 * sent by the client itself. So it is read only when the direct peer is a trusted proxy, from the
 * right, and the client is the first address that is not one of ours.
 */
public final class ProxiesDeConfiance {

    private record Reseau(BigInteger adresse, int longueurPrefixe, int bits) {
        boolean contient(InetAddress a) {
            byte[] octets = a.getAddress();
            if (octets.length * 8 != bits) {
                return false;
            }
            BigInteger masque = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                    .shiftRight(longueurPrefixe).not();
            return new BigInteger(1, octets).and(masque).equals(adresse.and(masque));
        }
    }

    private final List<Reseau> reseaux;

    private ProxiesDeConfiance(List<Reseau> reseaux) {
        this.reseaux = reseaux;
    }

    /**
     * {@code entrees}: IP addresses or CIDR blocks (IPv4 or IPv6 literals, never host names: a proxy is
     * trusted by where it connects from). Empty: nobody's header is believed.
     */
    public static ProxiesDeConfiance de(List<String> entrees) {
        List<Reseau> reseaux = new ArrayList<>();
        for (String entree : entrees) {
            String e = entree.strip();
            if (e.isEmpty()) {
                continue;
            }
            String[] parties = e.split("/", 2);
            InetAddress a = litterale(parties[0])
                    .orElseThrow(() -> new IllegalArgumentException("proxy de confiance illisible : " + e));
            int bits = a.getAddress().length * 8;
            int prefixe = parties.length == 2 ? Integer.parseInt(parties[1]) : bits;
            if (prefixe < 0 || prefixe > bits) {
                throw new IllegalArgumentException("préfixe hors limites : " + e);
            }
            reseaux.add(new Reseau(new BigInteger(1, a.getAddress()), prefixe, bits));
        }
        return new ProxiesDeConfiance(List.copyOf(reseaux));
    }

    /** The client's address given the direct peer and the request's {@code X-Forwarded-For} (or null). */
    public String client(String pair, String xForwardedFor) {
        if (xForwardedFor == null || !estDeConfiance(pair)) {
            return pair;
        }
        String[] sauts = xForwardedFor.split(",");
        String dernierDeConfiance = pair;
        for (int i = sauts.length - 1; i >= 0; i--) {
            String saut = sauts[i].strip();
            if (litterale(saut).isEmpty()) {
                // Not an address: the hop before it wrote garbage; keep the last hop we can vouch for.
                return dernierDeConfiance;
            }
            if (!estDeConfiance(saut)) {
                return saut;
            }
            dernierDeConfiance = saut;
        }
        return dernierDeConfiance;
    }

    boolean estDeConfiance(String adresse) {
        return litterale(adresse).map(a -> reseaux.stream().anyMatch(r -> r.contient(a))).orElse(false);
    }

    /** An IP literal only: InetAddress would resolve a host name, which a header must never cause. */
    private static Optional<InetAddress> litterale(String texte) {
        if (texte == null || texte.isEmpty() || !texte.matches("[0-9a-fA-F:.]+")) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(texte));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
