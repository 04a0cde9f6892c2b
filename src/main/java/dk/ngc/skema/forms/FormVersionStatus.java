package dk.ngc.skema.forms;

/** A version's life: edited as a draft, published for use (then immutable), retired when a newer one is published. */
public enum FormVersionStatus {
    DRAFT, PUBLISHED, RETIRED
}
