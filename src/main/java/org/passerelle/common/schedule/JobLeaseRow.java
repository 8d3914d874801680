package org.passerelle.common.schedule;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One scheduled job's lease: who holds it and until when (V13). */
@Entity
@Table(name = "job_lease")
public class JobLeaseRow {

    @Id
    @Column(name = "job_name")
    public String job;

    public String holder;

    @Column(name = "lease_until", nullable = false)
    public Instant until;

    @Column(name = "last_run_at")
    public Instant lastRunAt;
}
