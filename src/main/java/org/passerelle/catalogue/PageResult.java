package org.passerelle.catalogue;

import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import org.passerelle.common.http.PageRequest;

/** One page of entities and the total number that matched. */
public record PageResult<T>(List<T> items, long total) {

    static <T> PageResult<T> of(PanacheQuery<T> query, PageRequest page) {
        long total = query.count();
        List<T> items = total == 0 ? List.of() : query.page(Page.of(page.page() - 1, page.size())).list();
        return new PageResult<>(items, total);
    }
}
