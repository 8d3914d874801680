package org.passerelle.catalogue.vocabulary;

import com.fasterxml.jackson.annotation.JsonValue;
import org.passerelle.common.text.Coded;

/**
 * The way in a screen shows: one of the stated {@link WayIn} codes, or {@link #ASK_AT_THE_DESK} when
 * neither the service nor its organisation gives a way to reach them, so no plan ends in a dead end.
 */
public enum WayInCode implements Coded {
    COME("come"),
    CALL("call"),
    WRITE("write"),
    ONLINE("online"),
    ASK_THE_DESK_TO_REFER_YOU("ask-the-desk-to-refer-you"),
    /** Nothing is known about how to reach the service: the one-stop-shop desk finds the way with you. */
    ASK_AT_THE_DESK("ask-at-the-desk");

    private final String code;

    WayInCode(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    public static WayInCode of(WayIn stated) {
        return valueOf(stated.name());
    }
}
