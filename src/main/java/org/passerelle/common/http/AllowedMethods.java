package org.passerelle.common.http;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which methods a path accepts, for the Allow header of a 405 (RFC 9110 §15.5.6) and of OPTIONS. Quarkus
 * REST leaves Allow out of the 405 it raises, and its OPTIONS lists every method of the resource class,
 * so we derive it from the resources. Like JAX-RS matching (spec 3.7.2), only the templates with the most
 * literal characters count: {@code /services/lookup} is not also {@code /services/{idOrSlug}}.
 */
@ApplicationScoped
public class AllowedMethods {

    private record Route(Pattern path, int literals, String method) {
    }

    private final BeanManager beans;
    private final String rootPath;
    private volatile List<Route> routes;

    public AllowedMethods(BeanManager beans,
            @ConfigProperty(name = "quarkus.rest.path", defaultValue = "/") String rootPath) {
        this.beans = beans;
        this.rootPath = rootPath;
    }

    public Set<String> forPath(String requestPath) {
        Set<String> allowed = new TreeSet<>();
        int best = -1;
        for (Route route : routes()) {
            if (route.path().matcher(requestPath).matches()) {
                if (route.literals() > best) {
                    best = route.literals();
                    allowed.clear();
                }
                if (route.literals() == best) {
                    allowed.add(route.method());
                }
            }
        }
        if (allowed.contains("GET")) {
            allowed.add("HEAD");
        }
        if (!allowed.isEmpty()) {
            allowed.add("OPTIONS");
        }
        return allowed;
    }

    private List<Route> routes() {
        if (routes == null) {
            List<Route> found = new ArrayList<>();
            for (Bean<?> bean : beans.getBeans(Object.class)) {
                Class<?> type = bean.getBeanClass();
                Path root = type.getAnnotation(Path.class);
                if (root == null) {
                    continue;
                }
                for (Method method : type.getMethods()) {
                    String verb = httpMethod(method);
                    if (verb != null) {
                        Path sub = method.getAnnotation(Path.class);
                        String path = normalise(rootPath + "/" + root.value() + (sub == null ? "" : "/" + sub.value()));
                        found.add(new Route(template(path), path.replaceAll("\\{[^}/]+}", "").length(), verb));
                    }
                }
            }
            routes = found;
        }
        return routes;
    }

    private static String httpMethod(Method method) {
        for (var annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    /** "/api/v1/services/{idOrSlug}" matches "/api/v1/services/x" but not "/api/v1/services/x/y". */
    private static Pattern template(String normalised) {
        return Pattern.compile(Pattern.quote(normalised).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q") + "/?");
    }

    private static String normalise(String path) {
        return ("/" + path).replaceAll("/+", "/").replaceAll("/$", "");
    }
}
