package org.passerelle.common.http;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.common.net.CidrAddress;
import io.smallrye.common.net.Inet;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.Logger;

/**
 * Who the client of a request is, for the per-client limits: the connection's peer, or, when that peer
 * is one of the configured reverse proxies, the right-most address in the forwarded header that is not a
 * trusted proxy. Each proxy appends the address it received the request from, so the hops left of the
 * last trusted one are whatever the client wrote and must not be believed (a client rotating a fake
 * left-most {@code X-Forwarded-For} would otherwise get a fresh quota on every request).
 * <p>
 * Quarkus' own {@code quarkus.http.proxy.proxy-address-forwarding} with {@code trusted-proxies} is not
 * used for this: it checks the peer, but then takes the left-most (first) hop of the header, which is
 * the one a client controls, and it rewrites the remote address, scheme and host of every request in the
 * app, OIDC redirects included. This class reads the raw connection peer, so it stays right even if that
 * option is switched on for the redirects.
 * <p>
 * An IPv6 client counts by its /64 (one home or one phone gets a whole /64 and can rotate inside it);
 * an IPv4-mapped IPv6 address counts as its IPv4 address. Addresses in {@code passerelle.rate-limit.allow}
 * are never limited. Forwarded values are parsed as literals only: nothing here resolves a name.
 */
@ApplicationScoped
public class ClientAddress {

    private static final String CONTEXT_KEY = ClientAddress.class.getName();
    /** Hops read from the right; more than this many trusted proxies in a row is not a real chain. */
    private static final int MAX_HOPS = 16;
    private static final Key UNKNOWN = new Key("unknown", false);
    private static final Logger LOG = Logger.getLogger(ClientAddress.class);

    /**
     * A client as the limits see it: an IPv4 address or an IPv6 /64 prefix, and whether it is allow-listed.
     * The value is an address: keep it in memory only, never log it.
     */
    public record Key(String value, boolean unlimited) {
    }

    private final List<CidrAddress> trustedProxies;
    private final RateLimitConfig.ForwardedHeader header;
    private final List<CidrAddress> allow;
    private final AtomicBoolean warned = new AtomicBoolean();

    @Inject
    public ClientAddress(RateLimitConfig.Limits limits, RateLimitConfig.Proxies proxies) {
        this(proxies.trustedProxies().orElse(List.of()), proxies.forwardedHeader(), limits.allow().orElse(List.of()));
    }

    public ClientAddress(List<String> trustedProxies, RateLimitConfig.ForwardedHeader header, List<String> allow) {
        this.trustedProxies = cidrs("passerelle.http.trusted-proxies", trustedProxies);
        this.header = header;
        this.allow = cidrs("passerelle.rate-limit.allow", allow);
    }

    /** The client of this request, resolved once per request. */
    public Key of(RoutingContext context) {
        Key key = context.get(CONTEXT_KEY);
        if (key == null) {
            key = of(context.request());
            context.put(CONTEXT_KEY, key);
        }
        return key;
    }

    /** The client of the request being served on this thread, if any. */
    public Optional<Key> current() {
        return currentContext().map(this::of);
    }

    Key of(HttpServerRequest request) {
        // The connection's peer, not request.remoteAddress(): the latter is rewritten by Quarkus' proxy option.
        SocketAddress peer = request.connection() != null ? request.connection().remoteAddress() : request.remoteAddress();
        String name = header == RateLimitConfig.ForwardedHeader.FORWARDED ? "Forwarded" : "X-Forwarded-For";
        return resolve(peer == null ? null : peer.hostAddress(), request.headers().getAll(name));
    }

    /**
     * The client behind a peer address and the values of the configured forwarded header (in the order
     * received; several fields count as one list).
     */
    public Key resolve(String peer, List<String> forwarded) {
        InetAddress client = literal(peer);
        if (client == null) {
            return UNKNOWN;
        }
        if (trustedProxies.isEmpty() && forwarded != null && !forwarded.isEmpty() && warned.compareAndSet(false, true)) {
            // Behind an ingress with no trusted proxy configured, every client shares the ingress's quota.
            LOG.warn("Requests carry a forwarded header but passerelle.http.trusted-proxies is empty: "
                    + "the rate limits count each peer, which behind an ingress is the ingress itself");
        }
        if (trusted(client) && forwarded != null && !forwarded.isEmpty()) {
            List<String> hops = hops(forwarded);
            for (int i = hops.size() - 1, read = 0; i >= 0 && read < MAX_HOPS; i--, read++) {
                InetAddress hop = hop(hops.get(i));
                if (hop == null) {
                    break; // "unknown" or an obfuscated name: the nearest trusted proxy stands for the client
                }
                client = hop;
                if (!trusted(hop)) {
                    break;
                }
            }
        }
        return new Key(group(client), matches(allow, client));
    }

    private boolean trusted(InetAddress address) {
        return matches(trustedProxies, address);
    }

    private List<String> hops(List<String> values) {
        List<String> hops = new ArrayList<>();
        for (String value : values) {
            for (String element : value.split(",")) {
                if (header == RateLimitConfig.ForwardedHeader.X_FORWARDED_FOR) {
                    hops.add(element);
                    continue;
                }
                String node = null;
                for (String pair : element.split(";")) {
                    String trimmed = pair.trim();
                    if (trimmed.length() > 4 && trimmed.substring(0, 4).toLowerCase(Locale.ROOT).equals("for=")) {
                        node = trimmed.substring(4);
                    }
                }
                hops.add(node == null ? "" : node);
            }
        }
        return hops;
    }

    /** One hop: an address, possibly quoted, bracketed or with a port ({@code "[2001:db8::1]:4711"}, {@code 192.0.2.1:80}). */
    static InetAddress hop(String raw) {
        String value = raw.trim();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1).trim();
        }
        if (value.startsWith("[")) {
            int end = value.indexOf(']');
            if (end < 0) {
                return null;
            }
            value = value.substring(1, end);
        } else if (value.indexOf(':') >= 0 && value.indexOf(':') == value.lastIndexOf(':')) {
            value = value.substring(0, value.indexOf(':'));
        }
        return literal(value);
    }

    private static InetAddress literal(String value) {
        if (value == null || value.isEmpty() || value.length() > 64) {
            return null;
        }
        InetAddress address = Inet.parseInetAddress(value);
        return address == null ? null : unmapped(address);
    }

    /** ::ffff:a.b.c.d is an IPv4 client seen through a dual-stack socket. */
    private static InetAddress unmapped(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address;
        }
        byte[] bytes = address.getAddress();
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return address;
            }
        }
        if (bytes[10] != (byte) 0xff || bytes[11] != (byte) 0xff) {
            return address;
        }
        return Inet.getInet4Address(bytes[12] & 0xff, bytes[13] & 0xff, bytes[14] & 0xff, bytes[15] & 0xff);
    }

    private static String group(InetAddress address) {
        if (address instanceof Inet4Address) {
            return address.getHostAddress();
        }
        byte[] prefix = address.getAddress();
        java.util.Arrays.fill(prefix, 8, 16, (byte) 0);
        try {
            return InetAddress.getByAddress(prefix).getHostAddress() + "/64";
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e); // 16 bytes are always an address
        }
    }

    private static boolean matches(List<CidrAddress> networks, InetAddress address) {
        for (CidrAddress network : networks) {
            if (network.matches(address)) {
                return true;
            }
        }
        return false;
    }

    private static List<CidrAddress> cidrs(String property, List<String> values) {
        List<CidrAddress> cidrs = new ArrayList<>();
        for (String value : values) {
            String trimmed = value.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            CidrAddress cidr = trimmed.contains("/") ? Inet.parseCidrAddress(trimmed) : single(trimmed);
            if (cidr == null) {
                throw new IllegalArgumentException(property + ": not an address or CIDR: " + trimmed);
            }
            cidrs.add(cidr);
        }
        return List.copyOf(cidrs);
    }

    private static CidrAddress single(String value) {
        InetAddress address = Inet.parseInetAddress(value);
        return address == null ? null : CidrAddress.create(address, address instanceof Inet4Address ? 32 : 128);
    }

    /** The Vert.x context of the request being served on this thread, if any. */
    static Optional<RoutingContext> currentContext() {
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return Optional.empty();
        }
        return Optional.ofNullable(container.instance(CurrentVertxRequest.class).get().getCurrent());
    }
}
