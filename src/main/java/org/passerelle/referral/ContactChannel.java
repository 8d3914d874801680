package org.passerelle.referral;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.Converter;
import org.passerelle.common.text.Coded;
import org.passerelle.common.text.CodedConverter;

/** How the person prefers to be reached: the channel only, never the number or address itself. */
public enum ContactChannel implements Coded {
    PHONE("phone"),
    SMS("sms"),
    EMAIL("email"),
    IN_PERSON("in-person"),
    THROUGH_THE_DESK("through-the-desk");

    private final String code;

    ContactChannel(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @Converter(autoApply = true)
    public static class JpaConverter extends CodedConverter<ContactChannel> {
        public JpaConverter() {
            super(ContactChannel.class);
        }
    }
}
