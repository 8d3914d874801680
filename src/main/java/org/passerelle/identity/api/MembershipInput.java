package org.passerelle.identity.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.passerelle.identity.PrincipalKind;

@Schema(name = "MembershipInput", description = "A new membership.")
public record MembershipInput(
        // A link principal is made by a signed link, never granted a membership: the contract says so.
        @NotNull(message = "is required") @Schema(required = true, type = SchemaType.STRING,
                enumeration = { "user", "client" }) PrincipalKind principalKind,
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
        @Pattern(regexp = "[A-Za-z0-9._:@-]+", message = "must be a subject or a client id")
        @Schema(required = true, example = "partner-la-cimade") String principal,
        @NotBlank(message = "is required") @Size(max = 120, message = "must be at most 120 characters")
        @Schema(required = true, description = "The organisation's UUID or slug.", example = "la-cimade")
        String organization) {
}
