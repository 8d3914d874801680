package org.passerelle.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.passerelle.catalogue.api.CatalogueViews;
import org.passerelle.catalogue.api.ThemesView;
import org.passerelle.common.i18n.LanguageSelection;

/** Reads the two-level taxonomy. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ThemeCatalogue {

    private final KioskDomainRepository domains;
    private final ThemeRepository themes;

    public ThemeCatalogue(KioskDomainRepository domains, ThemeRepository themes) {
        this.domains = domains;
        this.themes = themes;
    }

    public ThemesView themes(LanguageSelection languages) {
        return CatalogueViews.themes(domains.listInOrder(), languages);
    }

    /** The taxonomy as it is now; small enough to read per request until writes need a cache. */
    public Taxonomy taxonomy() {
        return Taxonomy.of(domains.listInOrder(), themes.listInOrder());
    }
}
