package org.passerelle.catalogue;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ThemeRepository implements PanacheRepositoryBase<Theme, String> {

    public List<Theme> listInOrder() {
        return list("order by sortOrder");
    }
}
