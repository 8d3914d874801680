package org.passerelle.common.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The camera on the desk's pages only; PackagedAppIT checks the header the packaged app sends. */
class DeskCameraTest {

    @Test
    void shouldAllowTheCameraOnTheDesksPagesOnly() {
        for (String path : new String[] { "/desk", "/desk/", "/desk/visit", "/staff", "/staff/signed-in" }) {
            assertTrue(DeskCamera.allowsCamera(path), path);
        }
        for (String path : new String[] { "/", "/kiosk/plan", "/partner", "/admin", "/desktop", "/staffing", "/api/v1/cases",
                "/index.html", "/assets/visit.js", "" }) {
            assertFalse(DeskCamera.allowsCamera(path), path);
        }
        assertFalse(DeskCamera.allowsCamera(null));
    }
}
