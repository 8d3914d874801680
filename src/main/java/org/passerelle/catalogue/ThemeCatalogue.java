package org.passerelle.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;

import org.passerelle.catalogue.api.CatalogueViews;
import org.passerelle.catalogue.api.ThemesView;
import org.passerelle.common.i18n.LanguageSelection;

/** Reads the two-level taxonomy. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ThemeCatalogue {

    private final KioskDomainRepository domains;
    private final ThemeRepository themes;
    private final CatalogueRevision revision;
    private volatile Taxonomy cached;
    private volatile long seenRevision = -1;

    public ThemeCatalogue(KioskDomainRepository domains, ThemeRepository themes, CatalogueRevision revision) {
        this.domains = domains;
        this.themes = themes;
        this.revision = revision;
    }

    public ThemesView themes(LanguageSelection languages) {
        return CatalogueViews.themes(domains.listInOrder(), languages);
    }

    /**
     * The taxonomy, cached: every list and search needs it, and it changes only through ThemeEditor
     * (same replica: the change event) or another replica (the catalogue revision, within 5 s).
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

    @Scheduled(every = "5s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshIfChanged() {
        long now = revision.current();
        if (now != seenRevision) {
            seenRevision = now;
            cached = null;
        }
    }
}
