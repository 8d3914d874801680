package org.passerelle.catalogue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;
import org.passerelle.common.http.PageParams;

/** Text search and paging, shared by the organisation and initiative lists; read as text, validated later. */
public class ListParams extends PageParams {

    @RestQuery
    @Parameter(description = "Plain text to find in names (and initiative summaries).", example = "cimade")
    @Schema(maxLength = 200)
    public String q;
}
