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

    interface Routing {

        /** Triage requests one client (IP address) may send per minute before getting 429. */
        @WithDefault("120")
        int triagePerMinute();

        /** Offers listed per need in a plan (eligible first, then maybe). */
        @WithDefault("10")
        int offersPerNeed();
    }

    interface DemoCatalogue {

        /** Import the demo catalogue when the app starts on a database with no organisation. */
        @WithDefault("true")
        boolean enabled();

        /** A directory to import from instead of the copy in the jar (the benchmark's synthetic catalogue). */
        java.util.Optional<String> directory();
    }
}
