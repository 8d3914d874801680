package org.passerelle.referral;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The last reference number given by a desk in a year; read and bumped under a row lock. */
@Entity
@Table(name = "case_reference_counter")
public class CaseReferenceCounter {

    @Embeddable
    public record Key(@Column(name = "desk_id") UUID deskId, @Column(name = "year_value") int year)
            implements Serializable {
    }

    @EmbeddedId
    public Key id;

    @Column(name = "last_value", nullable = false)
    public int lastValue;
}
