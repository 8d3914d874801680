package org.passerelle.identity;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.runtime.Startup;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes the app refuse to start without the web client's secret. application.properties gives it no
 * default outside dev and test ({@code ${PASSERELLE_OIDC_SECRET}}), but Quarkus OIDC reads it only when
 * it first builds the tenant, so a missing secret would otherwise surface as failed sign-ins at run time.
 * Quarkus checks every {@code @ConfigProperty} injection point at startup: an unset variable stops it.
 */
@Startup
@ApplicationScoped
public class RequiredSecrets {

    public RequiredSecrets(@ConfigProperty(name = "quarkus.oidc.credentials.secret") String clientSecret) {
        if (clientSecret.isBlank()) {
            throw new IllegalStateException("quarkus.oidc.credentials.secret (PASSERELLE_OIDC_SECRET) is blank");
        }
    }
}
