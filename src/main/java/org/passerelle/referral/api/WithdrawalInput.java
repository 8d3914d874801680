package org.passerelle.referral.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which organisations the person withdraws their consent from; none named (or no body): all of them. */
@Schema(name = "ConsentWithdrawal", description = "organizations: the organisations (slugs or ids) the person no "
        + "longer agrees to share with; leave it out (or send no body) to withdraw the whole consent.")
public record WithdrawalInput(
        @Size(min = 1, max = 50, message = "must hold 1 to 50 organisations; leave it out to withdraw from all")
        @Schema(example = "[\"adoma\"]")
        List<@NotBlank(message = "must not be blank") @Size(max = 120, message = "must be at most 120 characters") String> organizations) {
}
