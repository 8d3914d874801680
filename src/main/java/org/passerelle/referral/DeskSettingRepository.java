package org.passerelle.referral;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class DeskSettingRepository implements PanacheRepositoryBase<DeskSetting, UUID> {
}
