package org.passerelle.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * The production profiles have no fallback for their secrets: without them the configuration cannot be
 * read and the app does not start (issue 10: prod fell back to a client secret written in this repo).
 * dev and test keep the demo realm's.
 */
class ProductionSecretsTest {

    @ParameterizedTest
    @ValueSource(strings = { "prod", "pg" })
    void shouldHaveNoClientSecretWithoutTheEnvironment(String profile) throws IOException {
        SmallRyeConfig config = config(profile);
        NoSuchElementException missing = assertThrows(NoSuchElementException.class,
                () -> config.getValue("quarkus.oidc.credentials.secret", String.class));
        assertTrue(missing.getMessage().contains("PASSERELLE_OIDC_SECRET"), missing.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "prod", "pg" })
    void shouldHaveNoLinksSecretWithoutTheEnvironment(String profile) throws IOException {
        // Decision 0018: a known HMAC key would let anyone forge a partner's signed link.
        SmallRyeConfig config = config(profile);
        NoSuchElementException missing = assertThrows(NoSuchElementException.class,
                () -> config.getValue("passerelle.links.secret", String.class));
        assertTrue(missing.getMessage().contains("PASSERELLE_LINKS_SECRET"), missing.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "test" })
    void shouldKeepALongEnoughLinksSecretInDevAndTest(String profile) throws IOException {
        assertTrue(config(profile).getValue("passerelle.links.secret", String.class).length() >= 32);
    }

    @Test
    void shouldHaveNoDatabasePasswordWithoutTheEnvironmentInThePgProfile() throws IOException {
        SmallRyeConfig config = config("pg");
        assertThrows(NoSuchElementException.class,
                () -> config.getValue("quarkus.datasource.password", String.class));
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "test" })
    void shouldKeepTheDemoSecretInDevAndTest(String profile) throws IOException {
        assertEquals("passerelle-web-secret",
                config(profile).getValue("quarkus.oidc.credentials.secret", String.class));
    }

    private static SmallRyeConfig config(String profile) throws IOException {
        URL properties = ProductionSecretsTest.class.getClassLoader().getResource("application.properties");
        return new SmallRyeConfigBuilder().withProfile(profile).addDefaultInterceptors()
                .withSources(new PropertiesConfigSource(properties, 250)).build();
    }
}
