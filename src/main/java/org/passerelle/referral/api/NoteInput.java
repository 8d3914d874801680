package org.passerelle.referral.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NoteInput", description = "Free text for the follow-up. No sensitive details: no health, no story, "
        + "no status.")
public record NoteInput(
        @NotBlank(message = "must not be blank") @Size(max = 1000, message = "must be at most 1000 characters")
        @Schema(required = true, example = "Appointment set for Tuesday at the permanence.") String body) {
}
