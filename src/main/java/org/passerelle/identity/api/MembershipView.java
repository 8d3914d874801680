package org.passerelle.identity.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.passerelle.common.api.Refs;
import org.passerelle.identity.PrincipalKind;

@Schema(name = "Membership", description = "Binds a user (OIDC subject) or an API client (client id) to the "
        + "organisation it acts for.")
public record MembershipView(
        @Schema(required = true) UUID id,
        @Schema(required = true) PrincipalKind principalKind,
        @Schema(required = true, example = "partner-la-cimade") String principal,
        @Schema(required = true) Refs.OrganizationRef organization,
        @Schema(required = true) Instant createdAt) {
}
