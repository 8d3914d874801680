package org.passerelle.catalogue;

import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;

import org.passerelle.catalogue.api.CatalogueViews;
import org.passerelle.catalogue.api.ThemeDetail;
import org.passerelle.catalogue.api.ThemesView;
import org.passerelle.common.i18n.LanguageSelection;
import org.passerelle.common.problem.ApiProblem;

/** Reads the two-level taxonomy. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ThemeCatalogue {

    private final KioskDomainRepository domains;
    private final ThemeRepository themes;
    private volatile Taxonomy cached;

    public ThemeCatalogue(KioskDomainRepository domains, ThemeRepository themes) {
        this.domains = domains;
        this.themes = themes;
    }

    public ThemesView themes(LanguageSelection languages) {
        return CatalogueViews.themes(domains.listInOrder(), languages);
    }

    /** One theme with every label it has, for the coordinator who edits them; 404 for an unknown code. */
    public ThemeDetail detail(String code) {
        Theme theme = themes.findByIdOptional(code)
                .orElseThrow(() -> ApiProblem.notFound("theme", code.length() > 60 ? code.substring(0, 60) : code));
        return new ThemeDetail(theme.code, theme.domain.code, theme.sortOrder, new TreeMap<>(theme.labels),
                theme.version);
    }

    /**
     * The taxonomy, cached: every list and search needs it, and it changes only through ThemeEditor
     * (the change event, fired for this replica's writes and by CatalogueRevisionWatcher for others').
     */
    public Taxonomy taxonomy() {
        Taxonomy current = cached;
        if (current == null) {
            current = Taxonomy.of(domains.listInOrder(), themes.listInOrder());
            cached = current;
        }
        return current;
    }

    void invalidate(@Observes(during = TransactionPhase.AFTER_COMPLETION) CatalogueChanged change) {
        cached = null;
    }

}
