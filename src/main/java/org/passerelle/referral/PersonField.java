package org.passerelle.referral;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.Converter;
import org.passerelle.common.text.Coded;
import org.passerelle.common.text.CodedConverter;

/**
 * The fields of the person a consent may let partners see once they accept a referral. Needs, languages
 * and the referral note are what a partner needs to decide, and are shared from the start.
 */
public enum PersonField implements Coded {
    NAME("name"),
    CONTACT_CHANNEL("contactChannel"),
    BIRTH_YEAR("birthYear"),
    /** Never shared unless the target service's eligibility uses it, and never "prefer not to say". */
    STATUS("status");

    private final String code;

    PersonField(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @Converter(autoApply = true)
    public static class JpaConverter extends CodedConverter<PersonField> {
        public JpaConverter() {
            super(PersonField.class);
        }
    }
}
