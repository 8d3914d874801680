package org.passerelle.audit.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.passerelle.audit.AuditAction;
import org.passerelle.identity.PrincipalKind;

@Schema(name = "AuditEvent", description = "One catalogue write: who (an identifier, never a name), when, which "
        + "record and which fields, with the maintained state before and after.")
public record AuditEventView(
        @Schema(required = true) UUID id,
        @Schema(required = true) Instant occurredAt,
        @Schema(required = true) PrincipalKind actorKind,
        @Schema(required = true, description = "The OIDC subject or client id.") String actor,
        UUID actorOrganizationId,
        @Schema(required = true) AuditAction action,
        @Schema(required = true, example = "service") String entityType,
        @Schema(required = true, description = "The record's UUID, or a theme's code.") String entityKey,
        Integer entityVersion,
        @Schema(required = true, example = "[\"capacity.waitingList\"]") List<String> changedFields,
        @Schema(type = SchemaType.OBJECT, description = "The maintained fields before the write; textProvenance, "
                + "when present, says by language where the texts that are not the source's come from (machine, "
                + "or reviewed with the reviewer's principal id and the day).") JsonNode before,
        @Schema(type = SchemaType.OBJECT, description = "The maintained fields after the write, as before.")
        JsonNode after,
        @Schema(description = "The event this one reverted.") UUID revertsEventId) {
}
