package org.passerelle.routing;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** How many triages found no eligible offer for a need, in an area, on a day. Anonymous by design. */
@Entity
@Table(name = "unmet_need_count")
public class UnmetNeedCount {

    @EmbeddedId
    public Key id;

    @Column(nullable = false)
    public int occurrences;

    @Embeddable
    public record Key(@Column(name = "count_day") LocalDate day, @Column(name = "need") String need,
            @Column(name = "area") String area) implements Serializable {
    }
}
