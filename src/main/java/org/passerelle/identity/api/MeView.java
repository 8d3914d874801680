package org.passerelle.identity.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.passerelle.common.api.Refs;
import org.passerelle.identity.PrincipalKind;

@Schema(name = "Me", description = "Who is calling: the identifier from the IdP, the roles from the token, and the "
        + "organisation from Passerelle's membership table.")
public record MeView(
        @Schema(required = true) PrincipalKind kind,
        @Schema(required = true, description = "The OIDC subject of a user, or the client id of an API client.",
                example = "0b6c2a3e-1f0a-4c6e-9d2b-5a1e00000003") String principal,
        @Schema(description = "The user name the IdP gives, for display; null for API clients.",
                example = "partner.cimade") String username,
        @Schema(required = true, example = "[\"partner\"]") List<String> roles,
        @Schema(description = "null when the caller acts for no organisation.") Refs.OrganizationRef organization) {
}
