package org.passerelle.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.passerelle.catalogue.api.CatalogueViews;
import org.passerelle.catalogue.api.MaintainedOrganization;
import org.passerelle.catalogue.api.OrganizationSummary;
import org.passerelle.catalogue.api.OrganizationView;
import org.passerelle.common.paging.PageView;
import org.passerelle.catalogue.api.ServiceSummary;
import org.passerelle.catalogue.api.SourceView;
import org.passerelle.catalogue.vocabulary.OrganizationKind;
import org.passerelle.catalogue.vocabulary.ServiceStatus;
import org.passerelle.common.http.PageRequest;
import org.passerelle.common.http.QueryParams;
import org.passerelle.common.i18n.LanguageSelection;
import org.passerelle.common.problem.ApiProblem;
import org.passerelle.common.problem.FieldErrors;

/** Public reads of organisations. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrganizationCatalogue {

    private final OrganizationRepository organizations;
    private final ServiceOfferRepository services;
    private final ThemeCatalogue themes;

    public OrganizationCatalogue(OrganizationRepository organizations, ServiceOfferRepository services,
            ThemeCatalogue themes) {
        this.organizations = organizations;
        this.services = services;
        this.themes = themes;
    }

    public PageView<OrganizationSummary> search(ListParams params, String kind) {
        FieldErrors errors = new FieldErrors();
        PageRequest page = params.pageRequest(errors);
        Optional<String> text = QueryParams.textParam("q", params.q, ServiceCatalogue.MAX_TEXT, errors);
        Optional<OrganizationKind> kindFilter = QueryParams.codeParam("kind", kind, OrganizationKind.class, errors);
        errors.throwIfAny();
        PageResult<Organization> result = organizations.search(text, kindFilter, page);
        // One grouped count for the page, not one query per organisation.
        Map<UUID, Long> active = services.countByOrganizationAndStatus(
                result.items().stream().map(o -> o.id).toList(), ServiceStatus.ACTIVE);
        return PageView.of(page.page(), page.size(), result.total(), result.items().stream()
                .map(o -> CatalogueViews.summary(o, active.getOrDefault(o.id, 0L).intValue())).toList());
    }

    /** The organisation with its active services: public pages list active offers only (docs/architecture.md §7). */
    public OrganizationView get(String idOrSlug, LanguageSelection languages) {
        return view(organizations.findByIdOrSlug(idOrSlug)
                .orElseThrow(() -> ApiProblem.notFound("organization", idOrSlug)), languages);
    }

    /** The organisation as coordinators maintain it, every language of its description (the editing screen). */
    public MaintainedOrganization maintained(String idOrSlug) {
        Organization o = organizations.findByIdOrSlug(idOrSlug)
                .orElseThrow(() -> ApiProblem.notFound("organization", idOrSlug));
        return new MaintainedOrganization(o.id, o.slug, OrganizationEditor.fields(o),
                new SourceView(o.sourceFile, o.sourceSection, null, null), o.updatedAt, o.version);
    }

    public OrganizationView view(Organization organization, LanguageSelection languages) {
        Taxonomy taxonomy = themes.taxonomy();
        List<ServiceSummary> offers = services.findByOrganizationAndStatus(organization, ServiceStatus.ACTIVE).stream()
                .map(s -> CatalogueViews.summary(s, languages, taxonomy)).toList();
        return CatalogueViews.view(organization, offers, languages);
    }
}
