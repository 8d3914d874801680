package org.passerelle.referral;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A consent text an agent shows and reads to the person, per version and language. */
@Entity
@Table(name = "consent_text")
public class ConsentText {

    @Embeddable
    public record Key(@Column(name = "version") String version, @Column(name = "lang") String lang)
            implements Serializable {
    }

    @EmbeddedId
    public Key id;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String body;

    @Column(name = "published_on", nullable = false)
    public LocalDate publishedOn;
}
