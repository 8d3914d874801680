package org.passerelle.referral.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CasePage", description = "One page of cases, newest first.")
public record CasePage(@Schema(required = true) int page, @Schema(required = true) int size,
        @Schema(required = true) long totalItems, @Schema(required = true) long totalPages,
        @Schema(required = true) List<CaseSummary> items) {
}
