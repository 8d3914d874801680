package org.passerelle.referral.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A desk's settings, as a coordinator writes them. */
@Schema(name = "DeskSettingInput")
public record DeskSettingInput(
        @Email(message = "must be an e-mail address")
        @Size(max = 320, message = "must be at most 320 characters")
        @Schema(description = "Where partners' decisions on the desk's referrals are mailed: a functional mailbox "
                + "of the desk, never a person's. Null: the desk organisation's own e-mail.",
                example = "accueil-guichet@ville.example", format = "email", maxLength = 320, nullable = true)
        String notificationEmail) {
}
