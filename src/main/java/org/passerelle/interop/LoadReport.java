package org.passerelle.interop;

import java.util.List;

/** What one run of the demo loader did, per kind of record. Rejections name the record id, never its content. */
public record LoadReport(Counts organizations, Counts initiatives, Counts services, Counts memberships,
        List<String> rejections) {

    public record Counts(int added, int alreadyPresent, int rejected) {

        @Override
        public String toString() {
            return added + " added, " + alreadyPresent + " already present, " + rejected + " rejected";
        }
    }
}
