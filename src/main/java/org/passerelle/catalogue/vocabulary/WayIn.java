package org.passerelle.catalogue.vocabulary;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.Converter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.passerelle.common.text.Coded;
import org.passerelle.common.text.CodedConverter;

/**
 * How a person gets in, as the service's organisation states it (docs/architecture.md §9, the way in).
 * It says what to do first; {@link AccessMode} says who decides. When a service states none, Passerelle
 * works one out ({@link WayInCode}) and flags it as inferred.
 */
@Schema(name = "StatedWayIn", description = "How to get in, as the service's organisation states it.")
public enum WayIn implements Coded {
    /** Come during the opening hours, to the address given (or the one the note names). */
    COME("come"),
    /** Call the phone number. */
    CALL("call"),
    /** Write to the e-mail address. */
    WRITE("write"),
    /** Use the website. */
    ONLINE("online"),
    /** The service takes people sent by a professional: the one-stop-shop desk can send you. */
    ASK_THE_DESK_TO_REFER_YOU("ask-the-desk-to-refer-you");

    private final String code;

    WayIn(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** Stores the code in the database. */
    @Converter(autoApply = true)
    public static class JpaConverter extends CodedConverter<WayIn> {
        public JpaConverter() {
            super(WayIn.class);
        }
    }
}
