package org.passerelle.common.http;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jboss.resteasy.reactive.RestResponse;
import org.passerelle.common.i18n.LanguageSelection;

/**
 * Catalogue reads with validators. The ETag is a digest of the exact JSON served, so it changes with
 * any record's version and with the language served; {@code If-None-Match} gets a 304 with no body.
 * List ETags are weak; single-record ETags are strong so that updates can send them in If-Match.
 */
@ApplicationScoped
public class ConditionalJson {

    private static final CacheControl REVALIDATE = CacheControl.valueOf("no-cache");

    private final ObjectMapper mapper;

    public ConditionalJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * The body is serialised once, here, to compute the ETag, and sent as those bytes. The declared
     * type {@code T} is only for the contract: it is what the bytes hold.
     */
    public <T> RestResponse<T> ok(Request request, T body, LanguageSelection languages) {
        return ok(request, body, languages, null);
    }

    /**
     * A body serialised once, with its weak ETag and the languages it was served in, ready to be served
     * many times (see SearchResultCache).
     */
    public record Prepared(byte[] json, EntityTag tag, List<String> languages) {
    }

    /** Call after the body was built with {@code languages}, which then knows the languages it served. */
    public Prepared prepare(Object body, LanguageSelection languages) {
        byte[] json = serialise(body);
        return new Prepared(json, new EntityTag(digest(json), true), languages.served());
    }

    /** Serves a prepared body; the declared type {@code T} is only for the contract. */
    @SuppressWarnings("unchecked")
    public <T> RestResponse<T> ok(Request request, Prepared body) {
        return (RestResponse<T>) respond(request, body.json(), body.tag(), body.languages());
    }

    /**
     * For one record: the strong ETag {@code "<version>-<digest>"} also serves as {@code If-Match} for an
     * update, which reads the version before the dash (see {@link Preconditions}).
     */
    @SuppressWarnings("unchecked")
    public <T> RestResponse<T> ok(Request request, T body, LanguageSelection languages, Integer version) {
        byte[] json = serialise(body);
        EntityTag tag = version == null ? new EntityTag(digest(json), true)
                : new EntityTag(version + "-" + digest(json));
        return (RestResponse<T>) respond(request, json, tag, languages.served());
    }

    private RestResponse<Object> respond(Request request, byte[] json, EntityTag tag, List<String> languages) {
        RestResponse.ResponseBuilder<Object> builder = request.evaluatePreconditions(tag) != null
                ? RestResponse.ResponseBuilder.create(RestResponse.Status.NOT_MODIFIED)
                : RestResponse.ResponseBuilder.ok(new JsonBytes(json), MediaType.APPLICATION_JSON_TYPE);
        return builder.tag(tag)
                .cacheControl(REVALIDATE)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .header(HttpHeaders.CONTENT_LANGUAGE, String.join(", ", languages))
                .build();
    }

    private byte[] serialise(Object body) {
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response not serialisable", e);
        }
    }

    private static String digest(byte[] json) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(json);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the JVM specification", e);
        }
    }
}
