package org.passerelle.catalogue.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An organisation as coordinators maintain it, for the editing screen: the fields exactly as PUT
 * /organizations/{id} takes them, with the description in every language. The public view picks one language for
 * a reader, so an editor starting from it would erase the others on save.
 */
@Schema(name = "MaintainedOrganization", description = "An organisation as coordinators maintain it: fields holds "
        + "exactly what PUT /api/v1/organizations/{idOrSlug} takes, the description in every language (send it back "
        + "with your changes). The rest is the server's, read-only. Its ETag is the version to send in If-Match.")
public record MaintainedOrganization(
        @Schema(required = true) UUID id,
        @Schema(required = true, example = "la-cimade") String slug,
        @Schema(required = true, description = "The maintained fields, the description in every language it has.")
        OrganizationInput fields,
        @Schema(required = true, description = "The source document the record was first taken from.")
        SourceView source,
        @Schema(required = true, description = "The last change in Passerelle.") Instant updatedAt,
        @Schema(required = true, description = "The version to send in If-Match.") int version) {
}
