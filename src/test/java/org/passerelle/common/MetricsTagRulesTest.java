package org.passerelle.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The URI-tag rules of application.properties, as Micrometer's binder applies them (first match wins):
 * SPA routes and static files, which have no template, collapse into one tag each, so junk paths cannot
 * exhaust the tags (issue 10). The SPA is not served in-process (Quinoa is off in tests), hence a rule test.
 */
class MetricsTagRulesTest {

    @ParameterizedTest
    @CsvSource({ "/,/{spa}", "/kiosk/plan,/{spa}", "/junk-1/x,/{spa}", "/wp-login.php,/{spa}",
            "/assets/index-4f2a.js,/assets/{file}", "/api/v1/services,/api/v1/services", "/q/metrics,/q/metrics" })
    void shouldCollapsePathsWithoutTemplate(String path, String tag) throws IOException {
        assertEquals(tag, apply(patterns(), path));
    }

    /** Outside the in-process tests, health and metrics are on the management port, not the public one. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = { "prod", "pg", "dev" })
    void shouldServeMetricsOnTheManagementInterface(String profile) throws IOException {
        io.smallrye.config.SmallRyeConfig config = new io.smallrye.config.SmallRyeConfigBuilder().withProfile(profile)
                .withSources(new io.smallrye.config.PropertiesConfigSource(
                        MetricsTagRulesTest.class.getClassLoader().getResource("application.properties"), 250))
                .build();
        assertEquals(true, config.getOptionalValue("quarkus.management.enabled", Boolean.class).orElse(false));
    }

    private static String apply(Map<Pattern, String> patterns, String path) {
        for (Map.Entry<Pattern, String> entry : patterns.entrySet()) {
            if (entry.getKey().matcher(path).matches()) {
                return entry.getValue();
            }
        }
        return path;
    }

    private static Map<Pattern, String> patterns() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MetricsTagRulesTest.class.getClassLoader().getResourceAsStream("application.properties")) {
            properties.load(in);
        }
        Map<Pattern, String> patterns = new LinkedHashMap<>();
        for (String rule : properties.getProperty("quarkus.micrometer.binder.http-server.match-patterns").split(",")) {
            int eq = rule.indexOf('=');
            patterns.put(Pattern.compile(rule.substring(0, eq).trim()), rule.substring(eq + 1).trim());
        }
        return patterns;
    }
}
