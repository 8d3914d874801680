package org.passerelle.common.paging;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list, with the total count. Pages are numbered from 1, as in HSDS. */
public record PageView<T>(
        @Schema(description = "The page number, from 1.", example = "1", required = true) int page,
        @Schema(description = "The page size asked for (at most 100).", example = "20", required = true) int size,
        @Schema(description = "How many records match in all.", example = "31", required = true) long totalItems,
        @Schema(description = "How many pages there are at this size.", example = "2", required = true) long totalPages,
        @Schema(description = "The records of this page, in a stable order.", required = true) List<T> items) {

    public static <T> PageView<T> of(int page, int size, long total, List<T> items) {
        return new PageView<>(page, size, total, (total + size - 1) / size, items);
    }
}
