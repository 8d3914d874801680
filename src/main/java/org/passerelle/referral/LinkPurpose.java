package org.passerelle.referral;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.Converter;
import org.passerelle.common.text.Coded;
import org.passerelle.common.text.CodedConverter;

/**
 * What a signed link may do: answer a sent referral (accept or decline), or record the outcome of an
 * accepted one (complete or no-show). A link does one of these, once.
 */
public enum LinkPurpose implements Coded {
    ANSWER("answer", List.of(ReferralCommand.ACCEPT, ReferralCommand.DECLINE)),
    OUTCOME("outcome", List.of(ReferralCommand.COMPLETE, ReferralCommand.NO_SHOW));

    private final String code;
    private final List<ReferralCommand> commands;

    LinkPurpose(String code, List<ReferralCommand> commands) {
        this.code = code;
        this.commands = commands;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    public List<ReferralCommand> commands() {
        return commands;
    }

    /** The byte that stands for it inside a token. */
    byte tag() {
        return (byte) (ordinal() + 1);
    }

    static LinkPurpose ofTag(byte tag) {
        LinkPurpose[] all = values();
        return tag >= 1 && tag <= all.length ? all[tag - 1] : null;
    }

    /** Stores the code in the database. */
    @Converter(autoApply = true)
    public static class JpaConverter extends CodedConverter<LinkPurpose> {
        public JpaConverter() {
            super(LinkPurpose.class);
        }
    }
}
