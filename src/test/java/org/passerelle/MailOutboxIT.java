package org.passerelle;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.restassured.http.ContentType;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.passerelle.support.KeycloakServer;
import org.passerelle.support.KeycloakTokens;

/**
 * The outbox and the deadlines job against real processes (decision 0018): the PostgreSQL build of the app
 * (target/pg, built by the build-postgresql-for-its execution: the default jar is H2 only, and
 * two processes cannot share an in-memory H2) started twice, on free ports, over one embedded PostgreSQL,
 * with GreenMail as a real SMTP server. SMTP is down when the referral is sent: the attempts fail, the
 * instance that queued it is stopped, SMTP comes up, and the other instance sends the mail once with the
 * Message-ID fixed when it was queued. Then both instances run the deadlines job every few seconds and
 * the reminder still goes out once.
 */
class MailOutboxIT {

    static final Path PG_JAR = Path.of("target", "pg", "quarkus-run.jar");
    static final String PARTNER_MAIL = "gip-caec@ac-nancy-metz.fr";

    private EmbeddedPostgres postgres;
    private GreenMail smtp;
    private final List<Process> apps = new ArrayList<>();

    @AfterEach
    void stop() throws IOException {
        apps.forEach(Process::destroy);
        for (Process app : apps) {
            try {
                app.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void shouldSendEachMailOnceWithItsMessageIdThroughSmtpFailuresRestartsAndTwoInstances() throws Exception {
        assertTrue(Files.exists(PG_JAR), PG_JAR + " is missing: run ./mvnw verify (it builds the PostgreSQL jar)");
        postgres = EmbeddedPostgres.builder().start();
        int smtpPort = freePort();
        String issuer = KeycloakServer.ensureStarted();

        // One instance migrates and loads the demo catalogue; the second starts on the ready database.
        int a = start("a", smtpPort, issuer);
        int b = start("b", smtpPort, issuer);
        String agent = KeycloakTokens.password("agent.demo", "agent-demo-2026").accessToken();
        String caseId = given().port(a).auth().oauth2(agent).contentType(ContentType.JSON)
                .body("{\"person\":{\"name\":\"Outbox Person Qz\",\"languages\":[\"ar\"],\"birthYear\":1999},"
                        + "\"needs\":[\"language\"],\"consent\":{\"organizations\":[\"gip-ftlv-caec\"],"
                        + "\"fields\":[\"name\"],\"textVersion\":\"2026-12\",\"textLang\":\"fr\"}}")
                .post("/api/v1/cases").then().statusCode(201).extract().path("id");
        String referral = given().port(a).auth().oauth2(agent).contentType(ContentType.JSON)
                .body("{\"service\":\"caec-sessions-examens-langue\",\"note\":\"Test note zq7\",\"send\":true}")
                .post("/api/v1/cases/" + caseId + "/referrals").then().statusCode(201).extract().path("id");

        // SMTP is down: the sender tries, fails, and waits.
        String messageId = query("select message_id from mail_outbox where kind = 'referral-sent'");
        assertNotNull(messageId);
        waitFor(Duration.ofSeconds(60), () -> intQuery("select attempts from mail_outbox where message_id = '"
                + messageId + "' and sent_at is null") >= 2, "two failed attempts");

        // The instance that queued it goes away; SMTP comes back; the other instance sends it, once.
        stopApp(0);
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        waitFor(Duration.ofSeconds(90), () -> received("Nouvelle orientation").size() == 1, "the referral's mail");
        MimeMessage sent = received("Nouvelle orientation").get(0);
        assertEquals(messageId, sent.getMessageID());
        assertEquals(PARTNER_MAIL, sent.getAllRecipients()[0].toString());
        String text = body(sent);
        assertTrue(text.contains("/r/"), "no link in the mail");
        for (String personal : List.of("Outbox Person", "1999", "zq7")) {
            assertTrue(!text.contains(personal), personal + " in the mail");
        }
        assertNull(query("select body from mail_outbox where message_id = '" + messageId + "'"), "body kept after sending");

        // Restart the stopped instance: two instances again, both running the deadlines job every 2 s.
        start("a2", smtpPort, issuer);
        execute("update referral set due_at = current_timestamp + interval '1 day' where id = '" + referral + "'");
        waitFor(Duration.ofSeconds(60), () -> received("Rappel").size() >= 1, "the reminder");
        // Several more periods of both instances' timers: still one reminder.
        Thread.sleep(8_000);
        assertEquals(1, received("Rappel").size(), "reminders sent");
        assertEquals(1, received("Nouvelle orientation").size(), "referral mails sent");
        assertEquals(1, intQuery("select count(*) from job_lease where job_name = 'referral-expiry'"));
        assertTrue(b > 0);
    }

    /** Starts the PostgreSQL build on a free port and waits until it answers; returns the port. */
    private int start(String name, int smtpPort, String issuer) throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-Dquarkus.profile=pg", "-Dquarkus.http.port=" + port, "-Dquarkus.management.port=" + freePort(),
                "-Dquarkus.oidc.auth-server-url=" + issuer,
                "-Dpasserelle.mail.send-every=2s", "-Dpasserelle.mail.backoff=1s", "-Dpasserelle.mail.max-backoff=4s",
                "-Dpasserelle.referrals.deadlines-every=2s", "-Dquarkus.http.host=127.0.0.1",
                "-jar", PG_JAR.toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Path.of("target", "mail-outbox-it-" + name + ".log").toFile());
        Map<String, String> env = builder.environment();
        env.put("PASSERELLE_DB_URL", postgres.getJdbcUrl("postgres", "postgres"));
        env.put("PASSERELLE_DB_USER", "postgres");
        env.put("PASSERELLE_DB_PASSWORD", "postgres");
        env.put("PASSERELLE_OIDC_SECRET", KeycloakTokens.WEB_CLIENT_SECRET);
        env.put("PASSERELLE_LINKS_SECRET", "it-only-links-secret-not-for-production-0001");
        env.put("PASSERELLE_SMTP_HOST", "127.0.0.1");
        env.put("PASSERELLE_SMTP_PORT", String.valueOf(smtpPort));
        env.put("PASSERELLE_SMTP_STARTTLS", "DISABLED");
        Process process = builder.start();
        apps.add(process);
        waitFor(Duration.ofSeconds(120), () -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited: see target/mail-outbox-it-" + name + ".log");
            }
            try {
                return given().port(port).get("/api/v1/referral-codes").statusCode() == 200;
            } catch (Exception e) { // not up yet: REST Assured rethrows the ConnectException unchecked
                return false;
            }
        }, "instance " + name);
        return port;
    }

    private void stopApp(int index) throws InterruptedException {
        apps.get(index).destroy();
        apps.get(index).waitFor();
    }

    private List<MimeMessage> received(String subject) {
        if (smtp == null) {
            return List.of();
        }
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().startsWith(subject);
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }

    private static String body(MimeMessage message) throws IOException, MessagingException {
        Object content = message.getContent();
        return content instanceof String s ? s : com.icegreen.greenmail.util.GreenMailUtil.getBody(message);
    }

    private String query(String sql) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private int intQuery(String sql) {
        try {
            String value = query(sql);
            return value == null ? 0 : Integer.parseInt(value);
        } catch (SQLException e) {
            return 0;
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            assertEquals(1, s.executeUpdate(sql));
        }
    }

    private static void waitFor(Duration timeout, BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(500);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
