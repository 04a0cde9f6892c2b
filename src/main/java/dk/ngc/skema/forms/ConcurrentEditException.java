package dk.ngc.skema.forms;

/** Someone else saved the same draft after this user opened it; this user's save was not applied. */
public class ConcurrentEditException extends FormException {

    public ConcurrentEditException(String updatedBy) {
        super("form.error.concurrentEdit", updatedBy);
    }
}
