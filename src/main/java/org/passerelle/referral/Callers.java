package org.passerelle.referral;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import org.passerelle.common.problem.ApiProblem;
import org.passerelle.identity.Actor;
import org.passerelle.identity.CurrentActor;
import org.passerelle.identity.PrincipalKind;

/** The caller of a referral-case operation, with the channel the journal records. */
@RequestScoped
public class Callers {

    private final CurrentActor actor;
    private final CurrentVertxRequest request;

    public Callers(CurrentActor actor, CurrentVertxRequest request) {
        this.actor = actor;
        this.request = request;
    }

    public Caller get() {
        Actor current = actor.get();
        return new Caller(current, channel(current));
    }

    /**
     * A caller who must act for an organisation (an agent for its desk, a partner for its organisation):
     * without a membership there is nothing it may see, so 403 says what to ask for.
     */
    public Caller member() {
        Caller caller = get();
        if (!caller.coordinator() && caller.organization().isEmpty()) {
            throw new ApiProblem(403, "no-membership", "Forbidden", caller.agent()
                    ? "Your account acts for no desk; ask a coordinator to add your membership."
                    : "Your account acts for no organisation; ask a coordinator to add your membership.", null);
        }
        return caller;
    }

    private String channel(Actor current) {
        if (current.kind() == PrincipalKind.CLIENT) {
            return "api:" + current.principal();
        }
        var vertx = request.getCurrent();
        boolean bearer = vertx != null && vertx.request().getHeader("Authorization") != null;
        return bearer ? "api-user" : "desk-spa";
    }
}
