package org.passerelle.interop;

import java.util.List;

/**
 * What one run of the demo loader did, per kind of record (a translation is one record's texts in one
 * language). Rejections name the record id, never its content.
 */
public record LoadReport(Counts organizations, Counts initiatives, Counts services, Counts memberships,
        Counts translations, List<String> rejections) {

    public record Counts(int added, int alreadyPresent, int rejected) {

        @Override
        public String toString() {
            return added + " added, " + alreadyPresent + " already present, " + rejected + " rejected";
        }
    }
}
