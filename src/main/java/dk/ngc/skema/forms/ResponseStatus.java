package dk.ngc.skema.forms;

/** A response is a draft (autosaved, editable) until submitted; a submitted response is frozen. */
public enum ResponseStatus {
    DRAFT, SUBMITTED
}
