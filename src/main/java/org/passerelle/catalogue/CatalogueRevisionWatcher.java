package org.passerelle.catalogue;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Notices changes made by other replicas: when the catalogue revision moves, it fires the same
 * {@link CatalogueChanged} event a local write fires, so every in-memory view (taxonomy, search index,
 * routing snapshot) refreshes through one mechanism, within {@value #EVERY}.
 */
@ApplicationScoped
public class CatalogueRevisionWatcher {

    static final String EVERY = "5s";

    private final CatalogueRevision revision;
    private final Event<CatalogueChanged> changes;
    private volatile long seen = -1;

    public CatalogueRevisionWatcher(CatalogueRevision revision, Event<CatalogueChanged> changes) {
        this.revision = revision;
        this.changes = changes;
    }

    /** The baseline is taken after the demo loader (which runs at the default priority). */
    void baseline(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER) StartupEvent event) {
        seen = revision.current();
    }

    @Scheduled(every = EVERY, delayed = EVERY, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        long now = revision.current();
        if (now != seen) {
            seen = now;
            changes.fire(new CatalogueChanged("revision"));
        }
    }
}
