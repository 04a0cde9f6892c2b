package dk.ngc.skema.forms;

import dk.ngc.skema.security.SkemaUser;

/**
 * Lets a feature that owns responses (e.g. a nomination, filed on behalf of several organisations
 * with co-authors) widen who may read or edit them. The form engine always allows the owner, and
 * NGC to read; a policy may allow more, never less.
 */
public interface ResponseAccessPolicy {

    boolean mayRead(SkemaUser user, long responseId);

    boolean mayEdit(SkemaUser user, long responseId);

    /**
     * Of these responses, the ones the policy lets the user read; a policy that can answer for many at
     * once (one query instead of one per response) overrides it.
     */
    default java.util.Set<Long> readableResponses(SkemaUser user, java.util.Collection<Long> responseIds) {
        return responseIds.stream().filter(id -> mayRead(user, id)).collect(java.util.stream.Collectors.toSet());
    }
}
