package org.passerelle.catalogue;

import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.passerelle.catalogue.api.ThemeInput;
import org.passerelle.catalogue.api.ThemesView;
import org.passerelle.common.http.Preconditions;
import org.passerelle.common.i18n.LanguageSelection;
import org.passerelle.common.problem.ApiProblem;
import org.passerelle.identity.Actor;
import org.passerelle.audit.AuditAction;
import org.passerelle.audit.AuditTrail;

/** Coordinators create theme codes and maintain their labels, with optimistic locking and audit. */
@ApplicationScoped
@Transactional
public class ThemeEditor {

    public static final String ENTITY = "theme";

    private final ThemeRepository themes;
    private final KioskDomainRepository domains;
    private final AuditTrail audit;
    private final jakarta.enterprise.event.Event<CatalogueChanged> changes;
    private final CatalogueRevision revision;

    public ThemeEditor(ThemeRepository themes, KioskDomainRepository domains, AuditTrail audit,
            jakarta.enterprise.event.Event<CatalogueChanged> changes, CatalogueRevision revision) {
        this.themes = themes;
        this.domains = domains;
        this.audit = audit;
        this.changes = changes;
        this.revision = revision;
    }

    /** Creates the theme when {@code ifMatch} is absent and the code is new; otherwise updates it. */
    public Theme put(String code, ThemeInput input, String ifMatch, Actor actor) {
        KioskDomain domain = domains.findByIdOptional(input.domain())
                .orElseThrow(() -> ApiProblem.invalid("domain", "matches no kiosk domain"));
        Theme theme = themes.findByIdOptional(code).orElse(null);
        ThemeInput before = null;
        AuditAction action = AuditAction.CREATE;
        if (theme == null) {
            if (!code.matches("[a-z0-9]+(-[a-z0-9]+)*") || code.length() > 40) {
                throw ApiProblem.invalid("code", "must be a kebab-case code of at most 40 characters");
            }
            theme = new Theme();
            theme.code = code;
        } else {
            Preconditions.requireVersion(ifMatch, theme.version);
            before = snapshot(theme);
            action = AuditAction.UPDATE;
        }
        theme.domain = domain;
        theme.sortOrder = input.sortOrder();
        theme.labels.clear();
        theme.labels.putAll(input.labels());
        themes.persistAndFlush(theme);
        audit.recordChange(actor, action, ENTITY, code, theme.version, before, snapshot(theme), null);
        revision.bump();
        changes.fire(new CatalogueChanged(ENTITY));
        return theme;
    }

    public ThemesView.ThemeView view(Theme theme, LanguageSelection languages) {
        var label = languages.pick(theme.labels).orElseThrow();
        return new ThemesView.ThemeView(theme.code, label.value(), label.lang());
    }

    private static ThemeInput snapshot(Theme theme) {
        return new ThemeInput(theme.domain.code, theme.sortOrder, new TreeMap<>(theme.labels));
    }
}
