package org.passerelle.catalogue;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.passerelle.catalogue.vocabulary.TextOrigin;

/**
 * Where one localised text comes from: its origin and, for a reviewed translation, who reviewed it (a
 * principal id, never a person's name) and on which day (UTC). The audit trail keeps it beside a
 * record's maintained fields, so a revert restores a machine translation as a machine translation.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TextProvenance(TextOrigin origin, String reviewedBy, LocalDate reviewedOn) {

    public static final TextProvenance SOURCE = new TextProvenance(TextOrigin.SOURCE, null, null);
}
