package org.passerelle.common.http;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;
import org.passerelle.common.problem.FieldErrors;

/** The paging parameters of every list, read as text and validated by {@link #pageRequest}. */
public class PageParams {

    @RestQuery
    @Parameter(description = "The page number, from 1.", example = "1")
    @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100000", defaultValue = "1")
    public String page;

    @RestQuery
    @Parameter(description = "The page size, at most 100.", example = "20")
    @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")
    public String size;

    public PageRequest pageRequest(FieldErrors errors) {
        return PageRequest.parse(page, size, errors);
    }
}
