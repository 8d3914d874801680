package org.passerelle.catalogue.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Themes", description = "The kiosk domains, in kiosk order, each with its theme codes.")
public record ThemesView(@Schema(required = true) List<DomainView> domains) {

    @Schema(name = "Domain", description = "A need shown on the kiosk's first screen.")
    public record DomainView(
            @Schema(example = "housing", required = true) String code,
            @Schema(example = "Logement", required = true) String label,
            @Schema(description = "The BCP-47 language of label.", example = "fr") String lang,
            @Schema(description = "An icon name from the open icon set the SPA uses.", example = "home") String icon,
            @Schema(required = true) List<ThemeView> themes) {
    }

    @Schema(name = "Theme", description = "A theme code of the data.")
    public record ThemeView(
            @Schema(example = "housing", required = true) String code,
            @Schema(example = "Logement", required = true) String label,
            @Schema(example = "fr") String lang) {
    }
}
