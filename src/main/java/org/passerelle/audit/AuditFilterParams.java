package org.passerelle.audit;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;
import org.passerelle.common.http.QueryParams;
import org.passerelle.common.problem.FieldErrors;

/**
 * The audit log's filters, read as text and checked together (every bad one named in one 400): the record
 * (its type and key), what was done, who did it, and the organisation they acted for. The coordinator's
 * screen keeps them in its address, so they are codes and identifiers, never a person's data.
 */
public class AuditFilterParams {

    @RestQuery
    @Parameter(description = "Only this entity type.", example = "service")
    @Schema(maxLength = 30)
    public String entityType;

    @RestQuery
    @Parameter(description = "Only this record (UUID, or a theme's code).",
            example = "c2b1f8e4-8a2b-5c7d-9e0f-1a2b3c4d5e6f")
    @Schema(maxLength = 120)
    public String entityKey;

    @RestQuery
    @Parameter(description = "Only this kind of write.", example = "update")
    @Schema(type = SchemaType.STRING, enumeration = { "create", "update", "delete", "revert" })
    public String action;

    @RestQuery
    @Parameter(description = "Only the writes of this principal: an OIDC subject or a client id.",
            example = "partner-la-cimade")
    @Schema(maxLength = 200)
    public String actor;

    @RestQuery
    @Parameter(description = "Only the writes made for this organisation (its UUID).",
            example = "3c2d1e0f-5a4b-5c6d-9e8f-0a1b2c3d4e5f")
    @Schema(type = SchemaType.STRING, format = "uuid")
    public String organization;

    AuditEventRepository.Filter filter(FieldErrors errors) {
        String type = QueryParams.textParam("entityType", entityType, 30, errors).orElse(null);
        String key = QueryParams.textParam("entityKey", entityKey, 120, errors).orElse(null);
        AuditAction kind = QueryParams.codeParam("action", action, AuditAction.class, errors).orElse(null);
        String principal = QueryParams.textParam("actor", actor, 200, errors).orElse(null);
        UUID organizationId = null;
        if (organization != null && !organization.isBlank()) {
            try {
                organizationId = UUID.fromString(organization.trim());
            } catch (IllegalArgumentException e) {
                errors.add("organization", "must be an organisation's UUID");
            }
        }
        return new AuditEventRepository.Filter(type, key, kind, principal, organizationId);
    }
}
