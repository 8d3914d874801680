package org.passerelle.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Business settings of Passerelle, under the {@code passerelle.} prefix. */
@ConfigMapping(prefix = "passerelle")
public interface PasserelleConfig {

    /** The demo catalogue shipped in the jar. */
    DemoCatalogue demoCatalogue();

    /** Triage and search. */
    Routing routing();

    /** The city's one-stop-shop desk. */
    Desk desk();

    interface Desk {

        /**
         * The slug of the location that is the one-stop-shop desk: plans show its address and hours as the
         * way in when nothing else is known about how to reach a service. A slug no location has means no
         * desk address is shown (the plan still says to ask at the desk).
         */
        @WithDefault("guichet-unique-nancy-exemple")
        String location();
    }

    /** Referral cases. */
    Referrals referrals();

    /** Three fictional referral cases for trying the desk in dev mode (referral/DemoCases). */
    DemoCases demoCases();

    interface DemoCases {

        /** Seed "Demo A", "Demo B" and "Demo C" at start-up when no case exists (on in the dev profile only). */
        @WithDefault("false")
        boolean enabled();
    }

    interface Referrals {

        /** Days a partner has to answer a sent referral before it is due (DORA reminds at 10). */
        @WithDefault("10")
        int answerDays();

        /** Days after which an unanswered referral expires (DORA: 30). */
        @WithDefault("30")
        int expiryDays();

        /** Days before the answer is due that the partner is reminded of an unanswered referral (once). */
        @WithDefault("2")
        int reminderDaysBeforeDue();

        /** How often the deadlines job (reminders, expiry) runs, on one replica at a time. */
        @WithDefault("1h")
        java.time.Duration deadlinesEvery();

        /** Days after acceptance that the partner is reminded of a referral still without an outcome (once). */
        @WithDefault("30")
        int outcomeReminderDays();

        /**
         * Months after the last contact at which a case is anonymised (rule 4; the CNIL référentiel for social
         * support: 2 years of active base). The consent receipt tells the person this date.
         */
        @WithDefault("24")
        int retentionMonths();
    }

    /** Signed links for partners without an account (docs/decisions/0018-signed-links-and-mail-outbox.md). */
    Links links();

    interface Links {

        /**
         * The HMAC-SHA256 key of the links, at least 32 characters. No default outside dev and test: the
         * app refuses to start without PASSERELLE_LINKS_SECRET, since a known key would let anyone forge one.
         */
        String secret();

        /** The public address of the app, which mailed links start with (the page /r/{token}). */
        @WithDefault("http://localhost:8080")
        String baseUrl();

        /** Days a link works after it was mailed. A reminder mails a fresh one. */
        @WithDefault("14")
        int expiryDays();
    }

    interface Routing {

        /** Offers listed per need in a plan (eligible first, then maybe). */
        @WithDefault("10")
        int offersPerNeed();

        /**
         * Memory for the public search results kept ready to serve (JSON bytes), in MiB; 0 turns the
         * cache off. Entries die with the index they were computed on, so a change is never served stale.
         */
        @WithDefault("64")
        int searchCacheMib();
    }

    interface DemoCatalogue {

        /** Import the demo catalogue when the app starts on a database with no organisation. */
        @WithDefault("true")
        boolean enabled();

        /** Attach the machine translations of demo-catalogue/translations/ (off for tests with their own). */
        @WithDefault("true")
        boolean translations();

        /** A directory to import from instead of the copy in the jar (the benchmark's synthetic catalogue). */
        java.util.Optional<String> directory();
    }
}
