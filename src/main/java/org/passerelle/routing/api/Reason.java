package org.passerelle.routing.api;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Why an offer fits or not, as a message key with parameters, so the SPA can say it in any language.
 * {@code inferred} marks a reason that rests on a deduced fact, which must not be shown as certain.
 */
@Schema(name = "Reason", description = "Why an offer fits or not: a message key and its parameters.")
public record Reason(
        @Schema(required = true, example = "age.range") String key,
        @Schema(required = true, description = "fits, missing (a fact that would decide it), fails or info.")
        Effect effect,
        @Schema(description = "The missing fact, for effect missing.", example = "age") String fact,
        @Schema(example = "{\"min\":18,\"max\":30}") Map<String, Object> params,
        @Schema(description = "True when the rule rests on a deduced fact.") boolean inferred) {

    public enum Effect implements org.passerelle.common.text.Coded {
        FITS("fits"), MISSING("missing"), FAILS("fails"), INFO("info");

        private final String code;

        Effect(String code) {
            this.code = code;
        }

        @Override
        @com.fasterxml.jackson.annotation.JsonValue
        public String code() {
            return code;
        }
    }

    public static Reason fits(String key, Map<String, Object> params, boolean inferred) {
        return new Reason(key, Effect.FITS, null, params, inferred);
    }

    public static Reason missing(String key, String fact, Map<String, Object> params, boolean inferred) {
        return new Reason(key, Effect.MISSING, fact, params, inferred);
    }

    public static Reason fails(String key, Map<String, Object> params, boolean inferred) {
        return new Reason(key, Effect.FAILS, null, params, inferred);
    }

    public static Reason info(String key, Map<String, Object> params, boolean inferred) {
        return new Reason(key, Effect.INFO, null, params, inferred);
    }
}
