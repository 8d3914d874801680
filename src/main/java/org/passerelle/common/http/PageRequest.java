package org.passerelle.common.http;

import org.passerelle.common.problem.FieldErrors;

/** A validated page request: 1-based page number, size within [1, maxSize]. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Far beyond any real catalogue page; keeps offsets within int range. */
    public static final int MAX_PAGE = 100_000;

    public static PageRequest parse(String page, String size, FieldErrors errors) {
        int p = QueryParams.intParam("page", page, 1, 1, MAX_PAGE, errors);
        int s = QueryParams.intParam("size", size, DEFAULT_SIZE, 1, MAX_SIZE, errors);
        return new PageRequest(p, s);
    }

    public int offset() {
        return (page - 1) * size;
    }
}
