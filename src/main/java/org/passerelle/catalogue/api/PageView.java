package org.passerelle.catalogue.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list, with the total count. Pages are numbered from 1, as in HSDS. */
public record PageView<T>(
        @Schema(description = "The page number, from 1.", example = "1") int page,
        @Schema(description = "The page size asked for (at most 100).", example = "20") int size,
        @Schema(description = "How many records match in all.", example = "31") long totalItems,
        @Schema(description = "How many pages there are at this size.", example = "2") long totalPages,
        @Schema(description = "The records of this page, in a stable order.") List<T> items) {

    public static <T> PageView<T> of(int page, int size, long total, List<T> items) {
        return new PageView<>(page, size, total, (total + size - 1) / size, items);
    }
}
