package org.passerelle.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.passerelle.catalogue.CapacityDeclined;
import org.passerelle.catalogue.ServiceOfferRepository;
import org.passerelle.catalogue.Taxonomy;
import org.passerelle.catalogue.ThemeCatalogue;

/**
 * A referral declined for lack of capacity is an unmet need (rule 9): counted by need and area like a
 * triage that found nothing, once the decline is committed. The need is the referral's, else the domain
 * of the service's primary theme; the area is the service's region.
 */
@ApplicationScoped
public class CapacityUnmetNeeds {

    private final UnmetNeeds unmetNeeds;
    private final ServiceOfferRepository services;
    private final ThemeCatalogue themes;

    public CapacityUnmetNeeds(UnmetNeeds unmetNeeds, ServiceOfferRepository services, ThemeCatalogue themes) {
        this.unmetNeeds = unmetNeeds;
        this.services = services;
        this.themes = themes;
    }

    void onDecline(@Observes(during = TransactionPhase.AFTER_SUCCESS) CapacityDeclined decline) {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> services.findByIdOptional(decline.serviceId())
                .ifPresent(s -> {
                    Taxonomy taxonomy = themes.taxonomy();
                    String need = decline.need() != null ? decline.need()
                            : taxonomy.domainsOf(java.util.Set.of(s.primaryTheme)).stream().findFirst().orElse(s.primaryTheme);
                    String area = s.territory != null && s.territory.region != null ? s.territory.region : "unknown";
                    unmetNeeds.count(need, area);
                }));
    }
}
