package org.passerelle.catalogue;

/**
 * Finds services for a validated query. The catalogue owns this port and the search package implements it
 * (over its in-process index), so the catalogue never imports the index that is built from it
 * (docs/decisions/0010-package-ladder.md).
 */
public interface ServiceFinder {

    SearchHits search(SearchQuery query);
}
