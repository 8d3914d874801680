package org.passerelle.catalogue.api;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.passerelle.catalogue.vocabulary.AccessMode;
import org.passerelle.catalogue.vocabulary.Audience;
import org.passerelle.catalogue.vocabulary.CefrLevel;
import org.passerelle.catalogue.vocabulary.Channel;
import org.passerelle.catalogue.vocabulary.Household;
import org.passerelle.catalogue.vocabulary.ResidenceStatus;
import org.passerelle.catalogue.vocabulary.ServiceStatus;
import org.passerelle.catalogue.vocabulary.TerritoryScope;
import org.passerelle.catalogue.vocabulary.WayIn;

/**
 * The fields of a service that its organisation maintains. Everything else (id, organisation, version,
 * dates, source, indicators, inferred) is the server's: sending it is an unknown field, hence a 400.
 * A PUT replaces all of these fields; null lists mean "not stated".
 */
@Schema(name = "ServiceInput", description = "The fields of a service that its organisation maintains. A PUT "
        + "replaces them all; deactivate a service by setting status to inactive.")
public record ServiceInput(
        @Size(max = 120, message = "must be at most 120 characters")
        @Pattern(regexp = SLUG, message = "must be a kebab-case id such as my-service")
        @Schema(description = "Required on creation; it cannot change afterwards.", example = "cimade-permanence-lyon")
        String slug,
        @NotEmpty(message = "needs at least one language")
        @Size(max = 20, message = "must hold at most 20 languages")
        @Schema(required = true, example = "{\"fr\":\"Permanence juridique\",\"en\":\"Legal advice desk\"}")
        Map<@Pattern(regexp = LANG, message = "must be a BCP-47 tag")
                @Size(max = LANG_MAX, message = "must be at most 20 characters") String,
                @NotBlank(message = "must not be blank") @Size(max = 300, message = "must be at most 300 characters")
                String> name,
        @Size(max = 20, message = "must hold at most 20 languages")
        Map<@Pattern(regexp = LANG, message = "must be a BCP-47 tag")
                @Size(max = LANG_MAX, message = "must be at most 20 characters") String,
                @Size(max = 4000, message = "must be at most 4000 characters") String> description,
        @NotNull(message = "is required") @Schema(required = true) ServiceStatus status,
        @NotEmpty(message = "needs at least one theme") @Size(max = 16, message = "must hold at most 16 themes")
        @Schema(required = true) List<@NotBlank(message = "must not be blank") String> themes,
        @NotBlank(message = "is required") @Schema(required = true) String primaryTheme,
        @NotEmpty(message = "needs at least one audience") @Schema(required = true) List<@NotNull Audience> audience,
        @NotNull(message = "is required") @Valid @Schema(required = true) Eligibility eligibility,
        @NotNull(message = "is required") @Valid @Schema(required = true) Access access,
        @Valid Cost cost,
        @Size(max = 30, message = "must hold at most 30 languages")
        List<@Pattern(regexp = LANG, message = "must be a BCP-47 tag")
                @Size(max = LANG_MAX, message = "must be at most 20 characters") String> languagesSpoken,
        @Size(max = 20, message = "must hold at most 20 documents")
        @Schema(description = "What to bring, in order: each document labelled in one or more languages (HSDS "
                + "required_document). Null when not stated.",
                example = "[{\"fr\":\"Titre de séjour ou récépissé\",\"en\":\"Residence permit or receipt\"}]")
        List<@NotEmpty(message = "needs a label in at least one language")
                @Size(max = 20, message = "must hold at most 20 languages")
                Map<@Pattern(regexp = LANG, message = "must be a BCP-47 tag")
                @Size(max = LANG_MAX, message = "must be at most 20 characters") String,
                        @NotBlank(message = "must not be blank") @Size(max = 300, message = "must be at most 300 characters")
                        String>> requiredDocuments,
        List<@NotNull Channel> channels,
        @Min(value = 0, message = "must not be negative") @Max(value = 3650, message = "must be at most 3650")
        Integer durationDays,
        @Size(max = 1000, message = "must be at most 1000 characters") String durationNote,
        @Valid Capacity capacity,
        @NotNull(message = "is required") @Valid @Schema(required = true) Territory territory,
        @Valid @Schema(description = "The service's own phone, e-mail and website; null when it has none (its "
                + "organisation's are shown instead). Never a person's.") Contact contact,
        @Valid @Schema(description = "How to get in; null when not stated (Passerelle then works one out and flags it "
                + "as inferred).") WayInInput wayIn) {

    public static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
    public static final String LANG = "[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}";
    /** Language tags are stored in varchar(20) columns; the pattern alone allows 30 characters. */
    public static final int LANG_MAX = 20;
    /** E.164: a plus, a country code and at most 15 digits in all (ITU-T E.164), no spaces. */
    public static final String E164 = "\\+[1-9][0-9]{6,14}";
    public static final String E164_MESSAGE = "must be an E.164 number such as +33123456789";
    /**
     * An RFC 5321 mailbox in its common form: a dot-atom before the @, a dotted domain of letters, digits and
     * hyphens after it (Bean Validation's @Email alone allows a@b and quoted local parts).
     */
    public static final String EMAIL = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
            + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+";
    public static final String EMAIL_MESSAGE = "must be an e-mail address";
    public static final String HTTPS_URL = "https://[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+(:[0-9]{1,5})?([/?#]\\S*)?";
    public static final String HTTPS_URL_MESSAGE = "must be an https URL such as https://www.example.org/";

    @Schema(name = "EligibilityInput", description = "Who the service is for. Null means no condition or not stated.")
    public record Eligibility(
            @Size(max = 7, message = "must hold at most 7 statuses") List<@NotNull ResidenceStatus> statuses,
            @Min(value = 0, message = "must not be negative") @Max(value = 120, message = "must be at most 120")
            Integer minAge,
            @Min(value = 0, message = "must not be negative") @Max(value = 120, message = "must be at most 120")
            Integer maxAge,
            CefrLevel minCefr,
            CefrLevel maxCefr,
            CefrLevel targetCefr,
            @Size(max = 5, message = "must hold at most 5 values")
            List<@NotBlank @Size(max = 20, message = "must be at most 20 characters") String> genders,
            Household household,
            @Size(max = 20, message = "must hold at most 20 criteria")
            List<@NotBlank @Size(max = 60, message = "must be at most 60 characters") String> specialCriteria) {
    }

    @Schema(name = "AccessInput", description = "How people get in.")
    public record Access(
            AccessMode mode,
            @Valid ServiceView.WeeksRange committeeFrequencyWeeks,
            @Size(max = 20, message = "must hold at most 20 kinds")
            List<@NotBlank @Size(max = 60, message = "must be at most 60 characters") String> referrerKinds) {
    }

    @Schema(name = "CostInput", description = "Whether it is free, and a note.")
    public record Cost(Boolean free, @Size(max = 1000, message = "must be at most 1000 characters") String note) {
    }

    @Schema(name = "CapacityInput", description = "Places, waiting list and current wait.")
    public record Capacity(
            @Min(value = 0, message = "must not be negative") Integer places,
            @Size(max = 20, message = "must be at most 20 characters") String period,
            Boolean waitingList,
            @Min(value = 0, message = "must not be negative") @Max(value = 3650, message = "must be at most 3650")
            Integer currentWaitDays,
            @Size(max = 1000, message = "must be at most 1000 characters") String note) {
    }

    @Schema(name = "TerritoryInput", description = "Where the service works. scope may be omitted: it is then local "
            + "when a city, department or region is given, otherwise unknown. A local scope needs one of them, and "
            + "any other scope must name none.")
    public record Territory(
            @Size(max = 200, message = "must be at most 200 characters") String city,
            @Size(max = 120, message = "must be at most 120 characters") String department,
            @Size(max = 200, message = "must be at most 200 characters") String region,
            @Size(max = 60, message = "must be at most 60 characters") String country,
            @DecimalMin(value = "-90", message = "must be a latitude") @DecimalMax(value = "90", message = "must be a latitude")
            Double latitude,
            @DecimalMin(value = "-180", message = "must be a longitude")
            @DecimalMax(value = "180", message = "must be a longitude")
            Double longitude,
            @Size(max = 500, message = "must be at most 500 characters") String note,
            @Schema(description = TerritoryView.SCOPE) TerritoryScope scope,
            @Size(max = 500, message = "must be at most 500 characters")
            @Schema(description = "What supports the scope, in one short sentence.") String scopeNote) {

        /** Whether a city, department or region is given. */
        public boolean hasPlace() {
            return org.passerelle.catalogue.Territory.hasPlace(city, department, region);
        }
    }

    @Schema(name = "ContactInput", description = "The service's own channels (HSDS service phones, email and url): "
            + "the organisation's, never a person's. Leave it null when the organisation's own contact is the one "
            + "to use.")
    public record Contact(
            @Size(max = 16, message = "must be at most 16 characters")
            @Pattern(regexp = E164, message = E164_MESSAGE)
            @Schema(description = "E.164, no spaces.", example = "+33472000000") String phone,
            @Size(max = 254, message = "must be at most 254 characters")
            @Email(message = EMAIL_MESSAGE) @Pattern(regexp = EMAIL, message = EMAIL_MESSAGE)
            @Schema(format = "email", example = "accueil@example.org") String email,
            @Size(max = 500, message = "must be at most 500 characters")
            @Pattern(regexp = HTTPS_URL, message = HTTPS_URL_MESSAGE)
            @Schema(example = "https://www.example.org/permanences") String url) {
    }

    @Schema(name = "WayInInput", description = "How to get in: come (to the place, or where the note says), call "
            + "(needs a phone), write (needs an e-mail), online (needs a website) — the service's own or its "
            + "organisation's — or ask-the-desk-to-refer-you (the service takes people a professional sends).")
    public record WayInInput(
            @NotNull(message = "is required") @Schema(required = true) WayIn code,
            @Size(max = 20, message = "must hold at most 20 languages")
            @Schema(description = "A short note, by BCP-47 language.",
                    example = "{\"fr\":\"Sans rendez-vous le mardi après-midi.\",\"en\":\"No appointment on Tuesday afternoons.\"}")
            Map<@Pattern(regexp = LANG, message = "must be a BCP-47 tag")
                    @Size(max = LANG_MAX, message = "must be at most 20 characters") String,
                    @NotBlank(message = "must not be blank") @Size(max = 200, message = "must be at most 200 characters")
                    String> note) {
    }
}
