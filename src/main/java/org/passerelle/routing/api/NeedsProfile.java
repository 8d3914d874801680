package org.passerelle.routing.api;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.passerelle.catalogue.vocabulary.CefrLevel;

/**
 * What a newcomer says about their needs and situation. Only the needs are required: every other fact
 * is optional, and a missing fact makes a restricted offer "maybe", never "not eligible". It is never
 * stored (docs/architecture.md §4), and it travels in a POST body only, never in a URL.
 */
@Schema(name = "NeedsProfile", description = "The needs (required) and whatever facts the person chooses to give. "
        + "Never stored.")
public record NeedsProfile(
        @NotEmpty(message = "needs at least one need") @Size(max = 16, message = "must hold at most 16 needs")
        @Schema(required = true, description = "Kiosk domain codes or theme codes.", example = "[\"housing\",\"work\"]")
        List<@NotBlank(message = "must not be blank") @Size(max = 40, message = "must be at most 40 characters")
                String> needs,
        @Schema(description = "The person's status; prefer-not-to-say is always a valid answer.")
        StatusAnswer status,
        @Min(value = 0, message = "must not be negative") @Max(value = 120, message = "must be at most 120")
        Integer age,
        @Schema(description = "An age band, when the exact age is not given.") AgeBand ageBand,
        @Schema(description = "French level (CEFR), pre-A1 for people learning to read and write.")
        CefrLevel frenchLevel,
        Household household,
        @Schema(description = "Only when a service requires it.") Gender gender,
        @Size(max = 200, message = "must be at most 200 characters") @Schema(example = "Nancy") String city,
        @Pattern(regexp = "\\d{5}", message = "must be a 5-digit postcode") @Schema(example = "54000") String postcode,
        @Size(max = 10, message = "must hold at most 10 languages")
        @Schema(description = "Languages the person speaks (BCP-47).", example = "[\"ar\",\"en\"]")
        List<@NotNull(message = "must not be null") @Pattern(regexp = "[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}", message = "must be a BCP-47 tag") String> languages,
        @Size(max = 20, message = "must hold at most 20 criteria")
        @Schema(description = "Special criteria the person chooses to declare (opt-in), such as lgbtqi.",
                example = "[\"lgbtqi\"]")
        List<@NotBlank @Size(max = 60, message = "must be at most 60 characters") String> specialCriteria) {

    /** What the person answered about their status. */
    public enum StatusAnswer implements org.passerelle.common.text.Coded {
        PREFER_NOT_TO_SAY("prefer-not-to-say"),
        ASYLUM_SEEKER("asylum-seeker"),
        REFUGEE("refugee"),
        RESETTLED_REFUGEE("resettled-refugee"),
        RESIDENCE_PERMIT("residence-permit"),
        WORK_AUTHORISED("work-authorised"),
        UNDOCUMENTED("undocumented"),
        TEMPORARY_PROTECTION("temporary-protection"),
        STATELESS("stateless");

        private final String code;

        StatusAnswer(String code) {
            this.code = code;
        }

        @Override
        @com.fasterxml.jackson.annotation.JsonValue
        public String code() {
            return code;
        }
    }

    /** Age bands of the kiosk's question; bounds are inclusive. */
    public enum AgeBand implements org.passerelle.common.text.Coded {
        UNDER_18("under-18", 0, 17),
        FROM_18_TO_25("18-25", 18, 25),
        FROM_26_TO_30("26-30", 26, 30),
        FROM_31_TO_64("31-64", 31, 64),
        FROM_65("65-plus", 65, 120);

        private final String code;
        public final int min;
        public final int max;

        AgeBand(String code, int min, int max) {
            this.code = code;
            this.min = min;
            this.max = max;
        }

        @Override
        @com.fasterxml.jackson.annotation.JsonValue
        public String code() {
            return code;
        }
    }

    public enum Household implements org.passerelle.common.text.Coded {
        SINGLE("single"),
        FAMILY("family");

        private final String code;

        Household(String code) {
            this.code = code;
        }

        @Override
        @com.fasterxml.jackson.annotation.JsonValue
        public String code() {
            return code;
        }
    }

    public enum Gender implements org.passerelle.common.text.Coded {
        FEMALE("female"),
        MALE("male"),
        OTHER("other");

        private final String code;

        Gender(String code) {
            this.code = code;
        }

        @Override
        @com.fasterxml.jackson.annotation.JsonValue
        public String code() {
            return code;
        }
    }
}
