package dk.ngc.skema.forms;

/** Published in the same transaction once a response is submitted and frozen. */
public record ResponseSubmitted(long responseId, String formKey, String username) {
}
