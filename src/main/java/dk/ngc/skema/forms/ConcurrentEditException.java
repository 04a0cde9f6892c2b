package dk.ngc.skema.forms;

import dk.ngc.skema.base.Refusal;

/** Someone else saved the same draft after this user opened it; this user's save was not applied. */
public class ConcurrentEditException extends Refusal {

    public ConcurrentEditException(String updatedBy) {
        super("forms.error.concurrentEdit", updatedBy);
    }
}
