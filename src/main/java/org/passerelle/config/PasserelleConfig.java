package org.passerelle.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Business settings of Passerelle, under the {@code passerelle.} prefix. */
@ConfigMapping(prefix = "passerelle")
public interface PasserelleConfig {

    /** The demo catalogue shipped in the jar. */
    DemoCatalogue demoCatalogue();

    interface DemoCatalogue {

        /** Import the demo catalogue when the app starts on a database with no organisation. */
        @WithDefault("true")
        boolean enabled();
    }
}
