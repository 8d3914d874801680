package org.passerelle.catalogue.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ServiceLookupResult", description = "The services found, in the order asked, and the ids not found.")
public record LookupResult(@Schema(required = true) List<ServiceView> items,
        @Schema(description = "The ids or slugs that match no service.", required = true) List<String> missing) {
}
