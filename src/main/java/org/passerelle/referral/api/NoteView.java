package org.passerelle.referral.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Note", description = "A case note (desk only) or a referral note (the desk and the partner).")
public record NoteView(@Schema(required = true) UUID id, UUID referralId,
        @Schema(required = true, description = "The author's subject or client id.") String author,
        UUID authorOrganizationId, @Schema(required = true) String body, @Schema(required = true) Instant createdAt) {
}
