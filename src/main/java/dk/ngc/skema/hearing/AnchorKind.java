package dk.ngc.skema.hearing;

/** What a comment is about. */
public enum AnchorKind {
    /** The document as a whole. */
    GENERAL,
    /** A section of a form document, by its key. */
    SECTION,
    /** A field of a form document, by its key. */
    FIELD,
    /** A place in an uploaded file the commenter names ("s. 3, afsnit 2"). */
    PLACE,
    /** One of the hearing's questions, by its id. */
    QUESTION
}
