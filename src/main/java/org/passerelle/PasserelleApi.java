package org.passerelle;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.passerelle.common.problem.Problem;

/** The contract's front page. The committed openapi/openapi.yaml is generated from these annotations. */
@OpenAPIDefinition(
        info = @Info(title = "Passerelle API", version = "1.0.0",
                description = "The one-stop shop for newcomers: the public catalogue of services, organisations "
                        + "and initiatives. Errors are RFC 9457 problem details (application/problem+json). "
                        + "Localised fields follow Accept-Language or ?lang=, falling back to en, then fr; "
                        + "Content-Language says which language was served.",
                contact = @Contact(name = "Passerelle team", url = "https://passerelle.example/contact"),
                license = @License(name = "EUPL-1.2", url = "https://interoperable-europe.ec.europa.eu/collection/eupl")),
        servers = @Server(url = "/", description = "This server"),
        tags = {
                @Tag(name = "Services", description = "The offers a newcomer can be routed to. Public and anonymous."),
                @Tag(name = "Organizations", description = "The organisations that run services."),
                @Tag(name = "Initiatives", description = "Social-economy projects and programmes."),
                @Tag(name = "Themes", description = "The kiosk domains and theme codes."),
                @Tag(name = "Routing", description = "From needs to a personal plan, with the reason behind each offer."),
                @Tag(name = "Access", description = "Identity, memberships and the audit trail of catalogue writes.") },
        components = @Components(schemas = @Schema(name = "Problem", implementation = Problem.class)))
public class PasserelleApi extends Application {
}
