package org.passerelle.identity;

/** The three roles of the realm (docs/architecture.md §1). Roles come from the token; organisations do not. */
public final class Roles {

    /** A front-desk agent at city hall. */
    public static final String AGENT = "agent";
    /** Staff or an API client of a partner organisation. */
    public static final String PARTNER = "partner";
    /** The city's integration officer. */
    public static final String COORDINATOR = "coordinator";

    private Roles() {
    }
}
