package org.passerelle.referral;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A desk's own settings: where partners' decisions about its referrals are mailed. */
@Entity
@Table(name = "desk_setting")
public class DeskSetting {

    @Id
    @Column(name = "desk_id")
    public UUID deskId;

    /** A functional mailbox of the desk; null means the desk organisation's own e-mail. */
    @Column(name = "notification_email")
    public String notificationEmail;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public int version;
}
