package org.passerelle.referral.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AccessJournalPage", description = "One page of the access journal, oldest first.")
public record JournalPage(@Schema(required = true) int page, @Schema(required = true) int size,
        @Schema(required = true) long totalItems, @Schema(required = true) long totalPages,
        @Schema(required = true) List<JournalEntryView> items) {
}
