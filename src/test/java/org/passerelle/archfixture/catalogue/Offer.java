package org.passerelle.archfixture.catalogue;

import org.passerelle.archfixture.search.Index;

/** The catalogue reaching up into the index built from it: forbidden, and a cycle with search. */
public class Offer {

    public Index indexedIn() {
        return new Index();
    }
}
