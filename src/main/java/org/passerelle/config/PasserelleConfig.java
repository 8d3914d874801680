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

        /**
         * Months after the last contact at which a case is anonymised (rule 4; the CNIL référentiel for social
         * support: 2 years of active base). The consent receipt tells the person this date.
         */
        @WithDefault("24")
        int retentionMonths();
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
