package org.passerelle.catalogue;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** Text search and paging, shared by the organisation and initiative lists; read as text, validated later. */
public class ListParams {

    @RestQuery
    @Parameter(description = "Plain text to find in names (and initiative summaries).", example = "cimade")
    @Schema(maxLength = 200)
    public String q;

    @RestQuery
    @Parameter(description = "The page number, from 1.", example = "1")
    @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100000", defaultValue = "1")
    public String page;

    @RestQuery
    @Parameter(description = "The page size, at most 100.", example = "20")
    @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")
    public String size;
}
