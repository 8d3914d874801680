package org.passerelle.archfixture.search;

import org.passerelle.archfixture.catalogue.Offer;

/** The index reading the catalogue: allowed on its own. */
public class Index {

    public Offer offer;
}
