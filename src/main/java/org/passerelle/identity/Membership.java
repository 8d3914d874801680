package org.passerelle.identity;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Binds an OIDC subject (a user) or a client id (an API client) to the organisation it acts for. */
@Entity
@Table(name = "membership")
public class Membership {

    @Id
    public UUID id;

    @Column(name = "principal_kind", nullable = false)
    public PrincipalKind principalKind;

    @Column(nullable = false)
    public String principal;

    /** The organisation by id only: identity sits below the catalogue (docs/decisions/0010-package-ladder.md). */
    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;
}
