package org.passerelle.routing.api;

/** Whether an offer fits a profile: eligible, maybe (a missing fact decides) or not eligible (a rule fails). */
public enum Verdict implements org.passerelle.common.text.Coded {
    ELIGIBLE("eligible"),
    MAYBE("maybe"),
    NOT_ELIGIBLE("not-eligible");

    private final String code;

    Verdict(String code) {
        this.code = code;
    }

    @Override
    @com.fasterxml.jackson.annotation.JsonValue
    public String code() {
        return code;
    }
}
