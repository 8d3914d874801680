package org.passerelle.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real SMTP sink for the packaged app under a browser suite (StaffE2EIT): GreenMail on a free loopback
 * port takes every mail the outbox sends, and a tiny HTTP server on loopback serves them as JSON
 * ({@code GET /messages}: recipients, subject, text, Message-ID), so a Node test reads a signed link from its
 * mail as a partner would. The jar gets quarkus-mailer's real transport pointed at it, and its sender runs
 * every 2 seconds; mailed links start with the jar's own address.
 */
public class MailSinkResource implements QuarkusTestResourceLifecycleManager {

    /** The system property (and, for npm, the environment variable MAIL_SINK_URL) holding the JSON's address. */
    public static final String URL_PROPERTY = "passerelle.e2e.mail-sink";

    private static final ObjectMapper JSON = new ObjectMapper();

    private GreenMail smtp;
    private HttpServer http;

    @Override
    public Map<String, String> start() {
        int smtpPort = freePort();
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("the mail sink's HTTP server did not start", e);
        }
        http.createContext("/messages", exchange -> {
            byte[] body = JSON.writeValueAsBytes(messages());
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        http.start();
        // The test JVM's own property: StaffE2EIT hands it to npm (a static field could live in another class loader).
        System.setProperty(URL_PROPERTY, "http://127.0.0.1:" + http.getAddress().getPort() + "/messages");
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.mailer.mock", "false");
        config.put("quarkus.mailer.host", "127.0.0.1");
        config.put("quarkus.mailer.port", String.valueOf(smtpPort));
        config.put("quarkus.mailer.start-tls", "DISABLED");
        // Promptly: the browser test waits for the mail, not for the production period of 30 s.
        config.put("passerelle.mail.send-every", "2s");
        config.put("passerelle.mail.backoff", "1s");
        config.put("passerelle.mail.max-backoff", "4s");
        // The links the mails carry open the jar under test.
        config.put("passerelle.links.base-url", NpmRun.baseUrl());
        return config;
    }

    @Override
    public void stop() {
        System.clearProperty(URL_PROPERTY);
        if (http != null) {
            http.stop(0);
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    private List<Map<String, Object>> messages() throws IOException {
        List<Map<String, Object>> out = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            try {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("messageId", message.getMessageID());
                m.put("to", Arrays.stream(message.getAllRecipients()).map(Address::toString).toList());
                m.put("subject", message.getSubject());
                m.put("text", text(message.getContent()));
                out.add(m);
            } catch (MessagingException e) {
                throw new IOException("a received mail could not be read", e);
            }
        }
        return out;
    }

    /** The decoded text of a mail (quoted-printable undone): the plain part of a multipart one. */
    private static String text(Object content) throws IOException, MessagingException {
        if (content instanceof String s) {
            return s;
        }
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType("text/plain") || part.isMimeType("multipart/*")) {
                    return text(part.getContent());
                }
            }
        }
        if (content instanceof java.io.InputStream in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return content == null ? "" : content.toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
