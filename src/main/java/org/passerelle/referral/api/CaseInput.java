package org.passerelle.referral.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Opens a case: the person at the minimum, the needs, and the consent recorded with the person. */
@Schema(name = "CaseInput", description = "No case without consent: the consent record is part of the request.")
public record CaseInput(
        @NotNull(message = "is required") @Valid @Schema(required = true) PersonInput person,
        @NotEmpty(message = "needs at least one need") @Size(max = 16, message = "must hold at most 16 needs")
        @Schema(required = true, description = "Kiosk domain codes the case came from.", example = "[\"housing\",\"french\"]")
        List<@NotNull(message = "must not be null") @Pattern(regexp = "[a-z][a-z-]{1,39}", message = "must be a domain or theme code") String> needs,
        @NotNull(message = "is required: no case without consent") @Valid @Schema(required = true) ConsentInput consent) {
}
