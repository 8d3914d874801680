package org.passerelle.catalogue.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A service's own channels (HSDS 3.0 service {@code phones[].number}, {@code email}, {@code url}): the
 * service's or its organisation's, never a person's. HSDS's {@code contact} is a named person: Passerelle
 * keeps none.
 */
@Schema(name = "Contact", description = "The service's own phone, e-mail and website (HSDS service phones, email "
        + "and url): an organisation's channels, never a person's.")
public record ContactView(
        @Schema(description = "E.164.", example = "+33172716975") String phone,
        @Schema(format = "email", example = "accueil@example.org") String email,
        @Schema(description = "An https URL.", example = "https://www.example.org/") String url) {
}
