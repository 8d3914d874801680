package org.passerelle.referral;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.passerelle.catalogue.Organization;
import org.passerelle.catalogue.OrganizationRepository;
import org.passerelle.catalogue.vocabulary.OrganizationKind;
import org.passerelle.common.http.Preconditions;
import org.passerelle.common.problem.ApiProblem;
import org.passerelle.identity.Actor;
import org.passerelle.referral.api.DeskSettingInput;
import org.passerelle.referral.api.DeskSettingView;

/** A desk's settings (its notification address), read and written by a coordinator. */
@ApplicationScoped
@Transactional
public class DeskSettings {

    private final OrganizationRepository organizations;
    private final DeskSettingRepository settings;

    public DeskSettings(OrganizationRepository organizations, DeskSettingRepository settings) {
        this.organizations = organizations;
        this.settings = settings;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DeskSettingView get(String desk) {
        Organization o = desk(desk);
        return view(o, settings.findByIdOptional(o.id).orElse(null));
    }

    /** Changes the settings; the version read must be sent back (If-Match), as for any update (rule 7). */
    public DeskSettingView put(String desk, String ifMatch, DeskSettingInput input, Actor actor) {
        Organization o = desk(desk);
        DeskSetting setting = settings.findByIdOptional(o.id).orElse(null);
        Preconditions.requireVersion(ifMatch, setting == null ? 0 : setting.version);
        if (setting == null) {
            setting = new DeskSetting();
            setting.deskId = o.id;
        }
        String email = input == null || input.notificationEmail() == null || input.notificationEmail().isBlank() ? null
                : input.notificationEmail().strip();
        setting.notificationEmail = email;
        setting.updatedBy = actor.principal();
        setting.updatedAt = Instant.now();
        if (!settings.isPersistent(setting)) {
            settings.persist(setting);
        }
        settings.flush();
        return view(o, setting);
    }

    /** Where decisions about this desk's referrals are mailed, if anywhere. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> notificationAddress(UUID deskId) {
        Optional<String> set = settings.findByIdOptional(deskId).map(s -> s.notificationEmail);
        return set.isPresent() ? set : organizations.findByIdOptional(deskId).map(o -> o.email).filter(e -> !e.isBlank());
    }

    private Organization desk(String idOrSlug) {
        return organizations.findByIdOrSlug(idOrSlug).filter(o -> o.kind == OrganizationKind.PUBLIC_AUTHORITY)
                .orElseThrow(() -> ApiProblem.notFound("desk", idOrSlug.length() > 60 ? idOrSlug.substring(0, 60)
                        : idOrSlug));
    }

    private DeskSettingView view(Organization o, DeskSetting s) {
        String set = s == null ? null : s.notificationEmail;
        String effective = set != null ? set : o.email == null || o.email.isBlank() ? null : o.email;
        return new DeskSettingView(ReferralCases.ref(o), set, effective, s == null ? null : s.updatedAt,
                s == null ? 0 : s.version);
    }
}
