package org.passerelle.catalogue;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.passerelle.catalogue.api.PlaceSummary;
import org.passerelle.common.http.PageRequest;
import org.passerelle.common.http.QueryParams;
import org.passerelle.common.paging.PageView;
import org.passerelle.common.problem.FieldErrors;

/** Public reads of the places where services are held. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LocationCatalogue {

    private final LocationRepository locations;

    public LocationCatalogue(LocationRepository locations) {
        this.locations = locations;
    }

    public PageView<PlaceSummary> search(ListParams params) {
        FieldErrors errors = new FieldErrors();
        PageRequest page = params.pageRequest(errors);
        Optional<String> text = QueryParams.textParam("q", params.q, ServiceCatalogue.MAX_TEXT, errors);
        errors.throwIfAny();
        PageResult<Location> result = locations.search(text, page);
        return PageView.of(page.page(), page.size(), result.total(), result.items().stream()
                .map(l -> new PlaceSummary(l.id, l.slug, l.name, l.address1, l.postalCode, l.city, l.timezone,
                        l.illustrative))
                .toList());
    }
}
