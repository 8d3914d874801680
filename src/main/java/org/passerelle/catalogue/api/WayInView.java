package org.passerelle.catalogue.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.passerelle.catalogue.vocabulary.ContactOrigin;
import org.passerelle.catalogue.vocabulary.WayInCode;

/**
 * How a person gets in, ready to show: what to do first, the channel to use (the service's own, else its
 * organisation's), the place and whether it is open now, and whether the one-stop-shop desk is the way in.
 * Never a dead end: with nothing known, the code is ask-at-the-desk.
 */
@Schema(name = "WayIn", description = "How to get in, ready to show: what to do first, the contact to use (the "
        + "service's own, else its organisation's), the place when known, and whether the one-stop-shop desk is the "
        + "way in. When neither the service nor its organisation gives a way to reach them, code is ask-at-the-desk.")
public record WayInView(
        @Schema(required = true, description = "come, call, write, online, ask-the-desk-to-refer-you (the desk can "
                + "send you), or ask-at-the-desk (nothing else is known: the desk finds the way with you).")
        WayInCode code,
        @Schema(required = true, description = "True when Passerelle worked the code out (the organisation did not "
                + "state it, or stated one it gives no channel for): show it as advice, not as a fact.")
        boolean inferred,
        @Schema(description = "The organisation's short note on the way in, in the best language available.",
                example = "Sans rendez-vous le mardi après-midi.") String note,
        @Schema(description = "The BCP-47 language of note.", example = "fr") String noteLang,
        @Schema(description = "The phone, e-mail and website to use; null when neither the service nor its "
                + "organisation has one.") EffectiveContact contact,
        @Schema(description = "Where to come, when the service holds hours at a known place.") Place place,
        @Schema(required = true, description = "True when the kiosk shows the one-stop-shop desk as the way in "
                + "(ask-the-desk-to-refer-you and ask-at-the-desk).") boolean desk) {

    @Schema(name = "EffectiveContact", description = "The contact to use: the service's own, or its organisation's "
            + "when the service has none (from says which). Never a person's.")
    public record EffectiveContact(
            @Schema(description = "E.164.", example = "+33172716975") String phone,
            @Schema(description = "The service's or the organisation's e-mail, as entered.", example = "accueil@example.org")
            String email,
            @Schema(description = "The service's or the organisation's website.", example = "https://www.example.org/")
            String url,
            @Schema(required = true, description = "service or organization.") ContactOrigin from) {
    }

    @Schema(name = "WayInPlace", description = "The first place where the service holds hours, and whether it is "
            + "open now. Illustrative places have example hours: say so on screen.")
    public record Place(
            @Schema(required = true) String name,
            String address1,
            String postalCode,
            String city,
            @Schema(required = true) boolean illustrative,
            @Schema(required = true, description = "Open at the time of the response.") boolean openNow,
            @Schema(description = "Local closing time when open now.", example = "17:00") String openUntil,
            @Schema(required = true, description = "The hours as an OSM opening_hours string.",
                    example = "Tu 14:00-17:00") String openingHours) {
    }
}
