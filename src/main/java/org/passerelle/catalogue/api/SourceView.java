package org.passerelle.catalogue.api;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The public source document a record was taken from, so every fact can be traced and dated. */
@Schema(name = "Source", description = "The public source document a record was taken from.")
public record SourceView(
        @Schema(example = "003_9c691a3fa8d45fcf.txt") String file,
        String section,
        @Schema(description = "First and last line in the source file, when known.") List<Integer> lines,
        @Schema(description = "The source's publication date; null when the source is undated.") LocalDate date) {
}
