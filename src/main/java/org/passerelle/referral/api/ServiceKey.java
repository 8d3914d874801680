package org.passerelle.referral.api;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A service named in a query, by UUID or slug: the items of the public slips' {@code service} parameter. A
 * schema only (an annotation cannot give an array's items a pattern); the resource checks the same rule.
 */
@Schema(name = "ServiceKey", type = SchemaType.STRING, pattern = ServiceKey.PATTERN, maxLength = ServiceKey.MAX,
        description = "A service's UUID or slug.", example = "cimade-permanences-juridiques")
public final class ServiceKey {

    /** Letters, digits and single hyphens: every slug, and every UUID. */
    public static final String PATTERN = "^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$";
    public static final int MAX = 120;

    private ServiceKey() {
    }
}
