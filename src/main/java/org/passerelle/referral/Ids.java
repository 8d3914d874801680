package org.passerelle.referral;

import java.util.UUID;

import org.passerelle.common.problem.ApiProblem;

/** Case and referral ids are UUIDs: anything else names nothing (404, as an unknown id). */
final class Ids {

    private Ids() {
    }

    static UUID uuid(String id, String what) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.notFound(what, id.length() > 60 ? id.substring(0, 60) : id);
        }
    }
}
