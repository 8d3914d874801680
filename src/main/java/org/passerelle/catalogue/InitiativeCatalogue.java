package org.passerelle.catalogue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.passerelle.catalogue.api.CatalogueViews;
import org.passerelle.catalogue.api.InitiativeSummary;
import org.passerelle.catalogue.api.InitiativeView;
import org.passerelle.common.paging.PageView;
import org.passerelle.catalogue.api.ServiceSummary;
import org.passerelle.catalogue.vocabulary.InitiativePublic;
import org.passerelle.catalogue.vocabulary.ServiceStatus;
import org.passerelle.common.http.PageRequest;
import org.passerelle.common.http.QueryParams;
import org.passerelle.common.i18n.LanguageSelection;
import org.passerelle.common.problem.ApiProblem;
import org.passerelle.common.problem.FieldErrors;

/** Public reads of initiatives. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class InitiativeCatalogue {

    private final InitiativeRepository initiatives;
    private final ServiceOfferRepository services;
    private final ThemeCatalogue themes;

    public InitiativeCatalogue(InitiativeRepository initiatives, ServiceOfferRepository services,
            ThemeCatalogue themes) {
        this.initiatives = initiatives;
        this.services = services;
        this.themes = themes;
    }

    public PageView<InitiativeSummary> search(ListParams params, String domain, String theme, String audience,
            String country, LanguageSelection languages) {
        FieldErrors errors = new FieldErrors();
        PageRequest page = params.pageRequest(errors);
        Optional<String> text = QueryParams.textParam("q", params.q, ServiceCatalogue.MAX_TEXT, errors);
        Set<String> themeFilter = ServiceCatalogue.themeFilter(domain, theme, themes.taxonomy(), errors);
        Optional<InitiativePublic> publicFilter = QueryParams.codeParam("public", audience, InitiativePublic.class,
                errors);
        Optional<String> countryFilter = QueryParams.textParam("country", country, 2, errors);
        errors.throwIfAny();
        if (themeFilter != null && themeFilter.isEmpty()) {
            return PageView.of(page.page(), page.size(), 0, List.of());
        }
        PageResult<Initiative> result = initiatives.search(text, themeFilter, publicFilter, countryFilter, page);
        return PageView.of(page.page(), page.size(), result.total(),
                result.items().stream().map(i -> CatalogueViews.summary(i, languages)).toList());
    }

    public InitiativeView get(String idOrSlug, LanguageSelection languages) {
        return view(initiatives.findByIdOrSlug(idOrSlug)
                .orElseThrow(() -> ApiProblem.notFound("initiative", idOrSlug)), languages);
    }

    public InitiativeView view(Initiative initiative, LanguageSelection languages) {
        Taxonomy taxonomy = themes.taxonomy();
        List<ServiceSummary> offers = services.findByInitiativeAndStatus(initiative, ServiceStatus.ACTIVE).stream()
                .map(s -> CatalogueViews.summary(s, languages, taxonomy)).toList();
        return CatalogueViews.view(initiative, offers, languages);
    }
}
