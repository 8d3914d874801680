package org.passerelle.referral;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Responses about cases, referrals, their notes and the access journal hold personal data: no cache
 * (browser, proxy or service worker) may keep them, errors included.
 */
@Provider
public class NoStore implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (holdsPersonalData(path)) {
            response.getHeaders().putSingle("Cache-Control", "no-store");
            response.getHeaders().putSingle("Pragma", "no-cache");
        }
    }

    static boolean holdsPersonalData(String path) {
        String p = path.startsWith("/api") ? path.substring(4) : path;
        return p.startsWith("/v1/cases") || p.startsWith("/v1/referrals") || p.startsWith("/v1/access-journal")
                || p.startsWith("/v1/referral-links");
    }
}
