package org.passerelle.common.http;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The per-client limits ({@link RateLimiter}) and what makes a client ({@link ClientAddress}), under
 * {@code passerelle.rate-limit.} and {@code passerelle.http.}.
 */
public interface RateLimitConfig {

    @ConfigMapping(prefix = "passerelle.rate-limit")
    interface Limits {

        /** The anonymous triage (POST /api/v1/triage); invalid bodies count too. */
        Limit triage();

        /** The public search (GET /api/v1/services, cached or not). */
        Limit search();

        /** Lists of personal data (cases, referrals, the access journal): a quota against bulk reading. */
        Limit caseLists();

        /** The kiosk's town suggestions (POST /api/v1/places/suggest), asked as a person types; invalid bodies count too. */
        Limit places();

        /** The anonymous signed-link endpoints (/api/v1/referral-links/...): no guessing at scale. */
        Limit links();

        /**
         * The public referral slips (GET /api/v1/referral-slips): each renders up to 20 services with their QR
         * codes, heavier than a search, and a visitor prints a few.
         */
        Limit prints();

        /**
         * Client networks (CIDRs) that are never limited and whose unmet needs are all counted, such as
         * the city hall's own kiosks behind one NAT address.
         */
        Optional<List<String>> allow();

        /** Clients remembered per limit; past that the least used are forgotten (so memory stays bounded). */
        @WithDefault("100000")
        int maxClients();

        /** Distinct (need, area) one client adds to the unmet-need counts per day; its repeats count once. */
        @WithDefault("20")
        int unmetNeedsPerDay();
    }

    /** A token bucket: {@code burst} requests at once, refilled at {@code rate} per {@code period}. */
    interface Limit {

        /** Requests refilled per period. */
        int rate();

        /** The period of the rate, such as 1s or 1m. */
        Duration period();

        /** Requests a client may send at once after a quiet while (the bucket's capacity). */
        int burst();
    }

    @ConfigMapping(prefix = "passerelle.http")
    interface Proxies {

        /**
         * The reverse proxies (CIDRs, such as the ingress's pod network) whose forwarded header is
         * believed; from any other peer it is ignored. Empty: the peer is the client.
         */
        Optional<List<String>> trustedProxies();

        /** Which header the trusted proxies append the client to. */
        @WithDefault("x-forwarded-for")
        ForwardedHeader forwardedHeader();
    }

    /**
     * Only the header the proxy writes is read: with both read, a client could send the other one and
     * choose its own key.
     */
    enum ForwardedHeader {
        /** {@code X-Forwarded-For: client, proxy1} (nginx ingress, most load balancers). */
        X_FORWARDED_FOR,
        /** {@code Forwarded: for=client, for=proxy1} (RFC 7239). */
        FORWARDED
    }
}
