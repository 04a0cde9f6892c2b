package dk.ngc.skema.forms;

import java.time.Instant;

/** A response as lists see it. */
public record ResponseInfo(long id, long versionId, String formKey, int versionNumber, String formTitleDa, String formTitleEn,
                           ResponseStatus status, String title, String owner, Instant updatedAt, String updatedBy,
                           Instant submittedAt) {
}
