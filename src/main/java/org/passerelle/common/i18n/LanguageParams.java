package org.passerelle.common.i18n;

import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;

/** The language a client asks for: {@code ?lang=} wins over {@code Accept-Language}. */
public class LanguageParams {

    @RestQuery
    @Parameter(description = "A BCP-47 language tag that overrides Accept-Language (prs is read as fa-AF). "
            + "Text falls back to en, then fr.", example = "ar")
    public String lang;

    @RestHeader(HttpHeaders.ACCEPT_LANGUAGE)
    @Parameter(description = "The languages wanted, by preference.", example = "ar, en;q=0.8")
    public String acceptLanguage;

    public LanguageSelection selection() {
        return LanguageSelection.of(lang, acceptLanguage);
    }
}
