package org.passerelle.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.passerelle.common.http.RateLimitConfig.ForwardedHeader;

/** Who the client is: the peer, or the right-most untrusted hop behind trusted proxies (plain JUnit). */
class ClientAddressTest {

    private static final List<String> INGRESS = List.of("10.0.0.0/8", "2001:db8:ffff::/48");
    private static final ClientAddress BEHIND_INGRESS = new ClientAddress(INGRESS, ForwardedHeader.X_FORWARDED_FOR,
            List.of("198.51.100.0/24"));
    private static final ClientAddress DIRECT = new ClientAddress(List.of(), ForwardedHeader.X_FORWARDED_FOR, List.of());

    @Test
    void shouldBeThePeerWhenNoProxyIsTrusted() {
        assertEquals("203.0.113.9", DIRECT.resolve("203.0.113.9", List.of("192.0.2.1")).value());
        assertEquals("203.0.113.9", DIRECT.resolve("203.0.113.9", List.of()).value());
    }

    @Test
    void shouldIgnoreAForwardedHeaderFromAnUntrustedPeer() {
        // A client on the internet writing its own X-Forwarded-For does not choose its key.
        assertEquals("203.0.113.9", BEHIND_INGRESS.resolve("203.0.113.9", List.of("192.0.2.1")).value());
        assertEquals("203.0.113.9", BEHIND_INGRESS.resolve("203.0.113.9", List.of("10.1.2.3")).value());
    }

    @Test
    void shouldTakeTheRightMostUntrustedHopBehindTrustedProxies() {
        assertEquals("203.0.113.9", BEHIND_INGRESS.resolve("10.0.0.5", List.of("203.0.113.9")).value());
        // The client wrote 192.0.2.1 itself; the ingress appended the address it saw.
        assertEquals("203.0.113.9", BEHIND_INGRESS.resolve("10.0.0.5", List.of("192.0.2.1, 203.0.113.9")).value());
        // Two trusted proxies in a row (a load balancer, then the ingress), and a header split over two fields.
        assertEquals("203.0.113.9", BEHIND_INGRESS.resolve("10.0.0.5",
                List.of("192.0.2.1, 203.0.113.9", "10.9.8.7")).value());
        // Ports and brackets as some proxies write them.
        assertEquals("203.0.113.9", BEHIND_INGRESS.resolve("10.0.0.5", List.of("203.0.113.9:51234")).value());
        assertEquals("2001:db8:1:2:0:0:0:0/64",
                BEHIND_INGRESS.resolve("10.0.0.5", List.of("[2001:db8:1:2::77]:443")).value());
    }

    @Test
    void shouldFallBackToTheNearestTrustedProxyWhenAHopIsNoAddress() {
        assertEquals("10.9.8.7", BEHIND_INGRESS.resolve("10.0.0.5", List.of("unknown, 10.9.8.7")).value());
        assertEquals("10.0.0.5", BEHIND_INGRESS.resolve("10.0.0.5", List.of("evil.example")).value());
        assertEquals("10.0.0.5", BEHIND_INGRESS.resolve("10.0.0.5", List.of("")).value());
        // No header at all: the proxy is the client (a probe from inside the cluster).
        assertEquals("10.0.0.5", BEHIND_INGRESS.resolve("10.0.0.5", List.of()).value());
    }

    @Test
    void shouldReadOnlyTheConfiguredHeaderInTheForwardedSyntax() {
        ClientAddress forwarded = new ClientAddress(INGRESS, ForwardedHeader.FORWARDED, List.of());
        assertEquals("203.0.113.9", forwarded.resolve("10.0.0.5",
                List.of("for=192.0.2.1;proto=https, For=\"203.0.113.9:4711\";by=10.0.0.5")).value());
        assertEquals("2001:db8:1:2:0:0:0:0/64", forwarded.resolve("10.0.0.5",
                List.of("for=\"[2001:db8:1:2::17]:4711\"")).value());
        assertEquals("10.0.0.5", forwarded.resolve("10.0.0.5", List.of("for=_hidden")).value());
        assertEquals("10.0.0.5", forwarded.resolve("10.0.0.5", List.of("proto=https")).value());
    }

    @Test
    void shouldGroupIpv6ByItsSlash64() {
        ClientAddress.Key one = DIRECT.resolve("2001:db8:1:2::1", List.of());
        assertEquals(one, DIRECT.resolve("2001:db8:1:2:ffff:ffff:ffff:ffff", List.of()));
        assertEquals(one, DIRECT.resolve("2001:0db8:0001:0002:abcd::", List.of()));
        assertNotEquals(one, DIRECT.resolve("2001:db8:1:3::1", List.of()));
        // An IPv6 proxy is trusted on its full address, not its /64.
        assertEquals("2001:db8:1:2:0:0:0:0/64",
                BEHIND_INGRESS.resolve("2001:db8:ffff:1::5", List.of("2001:db8:1:2::9")).value());
    }

    @Test
    void shouldTreatAnIpv4MappedIpv6AddressAsIpv4() {
        assertEquals("203.0.113.9", DIRECT.resolve("::ffff:203.0.113.9", List.of()).value());
        assertEquals("203.0.113.9", DIRECT.resolve("0:0:0:0:0:ffff:cb00:7109", List.of()).value());
        // A mapped peer is trusted like its IPv4 form, and a mapped hop is allow-listed like it.
        ClientAddress.Key key = BEHIND_INGRESS.resolve("::ffff:10.0.0.5", List.of("::ffff:198.51.100.4"));
        assertEquals("198.51.100.4", key.value());
        assertTrue(key.unlimited());
    }

    @Test
    void shouldMarkTheAllowListUnlimited() {
        assertTrue(BEHIND_INGRESS.resolve("198.51.100.200", List.of()).unlimited());
        assertTrue(BEHIND_INGRESS.resolve("10.0.0.5", List.of("198.51.100.7")).unlimited());
        assertFalse(BEHIND_INGRESS.resolve("203.0.113.9", List.of()).unlimited());
        // Claiming an allow-listed address from outside the ingress does not help.
        assertFalse(BEHIND_INGRESS.resolve("203.0.113.9", List.of("198.51.100.7")).unlimited());
        assertTrue(new ClientAddress(List.of(), ForwardedHeader.X_FORWARDED_FOR, List.of("2001:db8:5::/48"))
                .resolve("2001:db8:5:9::1", List.of()).unlimited());
    }

    @Test
    void shouldGiveOneKeyToAnUnknownPeer() {
        assertEquals("unknown", DIRECT.resolve(null, List.of("192.0.2.1")).value());
        assertEquals("unknown", DIRECT.resolve("not-an-address", List.of()).value());
    }

    @Test
    void shouldRefuseAMisconfiguredNetwork() {
        assertThrows(IllegalArgumentException.class,
                () -> new ClientAddress(List.of("10.0.0.0/33"), ForwardedHeader.X_FORWARDED_FOR, List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new ClientAddress(List.of(), ForwardedHeader.X_FORWARDED_FOR, List.of("kiosks.example")));
        // A single address is a network of one.
        assertTrue(new ClientAddress(List.of(), ForwardedHeader.X_FORWARDED_FOR, List.of("192.0.2.7"))
                .resolve("192.0.2.7", List.of()).unlimited());
    }
}
