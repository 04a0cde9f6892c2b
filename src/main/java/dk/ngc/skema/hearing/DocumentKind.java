package dk.ngc.skema.hearing;

/** What kind of document is heard: a form (shown with the form engine's read-only renderer) or a file. */
public enum DocumentKind {
    /** A form definition version: section and field headings are the anchors. */
    FORM,
    /** A filled-in form response: as FORM, with the answers. */
    FORM_RESPONSE,
    /** A PDF or DOCX: comments name a page or paragraph. */
    FILE
}
