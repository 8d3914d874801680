package org.passerelle.referral;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The retention delay of cases a coordinator set (one row, V15); the bounds are {@link Retention}'s. */
@Entity
@Table(name = "retention_policy")
public class RetentionPolicy {

    /** The one row's key. */
    static final String CASES = "referral-cases";

    @Id
    public String id;

    /** Months after a case's last contact before it is anonymised. */
    @Column(name = "case_months", nullable = false)
    public int caseMonths;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Version
    @Column(nullable = false)
    public int version;
}
