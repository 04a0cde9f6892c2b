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
}
