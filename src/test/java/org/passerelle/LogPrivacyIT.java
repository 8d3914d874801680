package org.passerelle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * No personal data in logs: after the in-process suite (ReferralLoopTest and its PostgreSQL twin, the
 * role matrix, the contract fuzz), none of the fictional persons' pseudonyms, birth years or notes may
 * appear in the log it wrote (target/quarkus-tests.log), whatever failed along the way.
 */
class LogPrivacyIT {

    static final Path LOG = Path.of("target", "quarkus-tests.log");
    static final List<String> PERSONAL = List.of("Loop Person Kq", "Receipt Metz Person Kd", "List Person Wd", "Session Person Vb",
            "session note Qp", "Bola Person Tx", "Firewall Person Mn",
            "Silent Person Rr", "Scope Person Lk", "Race Person Dd", "Replay Person Fg", "Fhir Person Jj",
            "Expiry Person Nn", "Illegal Moves Pw", "Matrix A", "Test note zq7", "Desk only note vb3",
            "Shared note hy8", "Seen twice", "Link Person", "Deadline Person", "Outbox Person",
            // Issue 16: withdrawal, retention, export and erasure.
            "Withdraw Person Qv", "Withdraw note wq4", "Partial Person Yx", "Export Person Ua", "Other Person Ob",
            "Export note ea1", "Export partner note ep2", "Other note ob3", "Erase Person Zr", "Erase note er5",
            "Erase referral note er6", "Erase partner note er7", "Retention Person Hx", "Retention note jm2",
            "Expiry Person Gw", "Journal Person Kf", "Policy Person Vb", "Idempotent Person Tc",
            // Issue 16: the consent receipt.
            "Receipt <script>alert(1)</script> Qv", "Receipt referral note tb5", "Receipt case note wd2",
            "Receipt Browser Person Yh",
            // Issue 17: the referral slips.
            "Slip Person Wq", "Slip referral note sn4", "Slip case note sc7", "Slip Empty Person Ek",
            "Slip Erased Person Ep", "Slips Browser Person Jd",
            // Issue 17: the desk's visit in the browser (e2e-staff/visit.test.mjs).
            "Visit Browser Person Wq", "Rendez-vous souhaité ce mois-ci.",
            // Issue 18: the partner's inbox (frontend/e2e-staff/inbox.test.mjs, features/partner/routes/*.test.tsx).
            "Inbox Browser Person Kx", "Rendez-vous juridique souhaité cette semaine.",
            "Cherche un logement pour une personne seule.", "Inbox outcome note oc4", "Inbox partner note pq3",
            "Inbox decline note dn5", "Inbox Route Person Qz", "Rendez-vous souhaité avant fin décembre.",
            "Merci de rappeler la personne.", "Complet jusqu’en janvier.", "Rappel fait.",
            // Issue 18: the signed link's page (Vitest, and e2e-staff/link.test.mjs in the browser).
            "Link Page Person Qd", "Link page note Hv", "Pas de session avant mars.", "Absente au rendez-vous.",
            "Rappeler en mars.", "Sur rendez-vous seulement.", "Nous ne recevons que sur rendez-vous.",
            "Link Browser Person Rk", "Link browser note Fz", "Link browser answer Mw", "Link browser outcome Tj",
            // Issue 18: the coordinator's area (CoordinatorAreaTest, features/admin, e2e-staff/admin.test.mjs).
            "Coordinator Area Person Qx", "Admin Vitest Person Ha", "Admin Browser Person Zk");
    /** The test persons' birth year, as a value (not inside a longer number or a timestamp). */
    static final Pattern BIRTH_YEAR = Pattern.compile("(?<![\\d-])1999(?![\\d-])");

    @Test
    void shouldFindNoTestPersonInTheLogs() throws IOException {
        assertTrue(Files.exists(LOG), LOG + " is missing: run the in-process tests first (./mvnw verify)");
        List<String> lines = new ArrayList<>();
        // The file and any copy the handler rolled over (quarkus-tests.log.1, .2, ...), should it ever.
        try (var files = Files.list(LOG.getParent())) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("quarkus-tests.log")).toList()) {
                lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
            }
        }
        assertTrue(lines.size() > 100, "the log looks empty: " + lines.size() + " lines");
        assertTrue(lines.stream().anyMatch(l -> l.contains("/api/v1/cases") || l.contains("ReferralLoop")
                || l.contains("passerelle")), "the log holds no trace of the suite");
        List<String> leaks = new ArrayList<>();
        for (String line : lines) {
            for (String value : PERSONAL) {
                if (line.contains(value)) {
                    leaks.add(value + " in: " + line);
                }
            }
            if (BIRTH_YEAR.matcher(line).find()) {
                leaks.add("a birth year in: " + line);
            }
        }
        assertEquals(List.of(), leaks.stream().limit(20).toList());
    }
}
