package org.passerelle.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/** The readiness rule alone, no app boot: a failed build of the snapshot or the index is DOWN. */
class CatalogueReadinessTest {

    @Test
    void upWhenBothBuild() {
        HealthCheckResponse response = new CatalogueReadiness(Map.of("routing-snapshot", () -> "view",
                "search-index", () -> 1L)).call();
        assertEquals(HealthCheckResponse.Status.UP, response.getStatus());
        assertEquals("UP", response.getData().orElseThrow().get("routing-snapshot"));
        assertEquals("UP", response.getData().orElseThrow().get("search-index"));
    }

    @Test
    void downWhenTheRoutingSnapshotFailsToBuild() {
        HealthCheckResponse response = new CatalogueReadiness(Map.of("routing-snapshot", () -> {
            throw new NullPointerException("territory");
        }, "search-index", () -> 1L)).call();
        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
        assertEquals("DOWN: NullPointerException", response.getData().orElseThrow().get("routing-snapshot"));
        assertEquals("UP", response.getData().orElseThrow().get("search-index"));
    }

    @Test
    void downWhenTheSearchIndexFailsToBuildAndUpOnceItBuildsAgain() {
        AtomicBoolean broken = new AtomicBoolean(true);
        CatalogueReadiness check = new CatalogueReadiness(Map.of("routing-snapshot", () -> "view",
                "search-index", () -> {
                    if (broken.get()) {
                        throw new IllegalStateException("unreadable record");
                    }
                    return 2L;
                }));
        assertEquals(HealthCheckResponse.Status.DOWN, check.call().getStatus());
        // Each probe retries the build: once the catalogue is fixed, the replica is ready again.
        broken.set(false);
        assertEquals(HealthCheckResponse.Status.UP, check.call().getStatus());
    }
}
