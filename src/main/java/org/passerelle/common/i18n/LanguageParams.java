package org.passerelle.common.i18n;

import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;

/** The language a client asks for: {@code ?lang=} wins over {@code Accept-Language}. */
public class LanguageParams {

    @RestQuery
    @Parameter(description = "A BCP-47 language tag that overrides Accept-Language (prs is read as fa-AF). "
            + "Text falls back to en, then fr.", example = "ar",
            // What LanguageSelection accepts: language, script, region, variants, at most 35 characters.
            schema = @Schema(type = SchemaType.STRING, maxLength = 35,
                    pattern = "[A-Za-z]{2,3}([-_][A-Za-z]{4})?([-_]([A-Za-z]{2}|[0-9]{3}))?([-_]([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*"))
    public String lang;

    @RestHeader(HttpHeaders.ACCEPT_LANGUAGE)
    @Parameter(description = "The languages wanted, by preference.", example = "ar, en;q=0.8")
    public String acceptLanguage;

    public LanguageSelection selection() {
        return LanguageSelection.of(lang, acceptLanguage);
    }
}
