package org.passerelle.archfixture.common;

import org.passerelle.archfixture.catalogue.Offer;

/** The ground reaching up into a feature: forbidden. */
public class Paging {

    public Offer first;
}
