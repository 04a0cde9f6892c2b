package dk.ngc.skema.forms;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A response as lists see it. */
public record ResponseInfo(long id, long versionId, String formKey, int versionNumber, String formTitleDa, String formTitleEn,
                           ResponseStatus status, @Nullable String title, String owner, Instant updatedAt, String updatedBy,
                           @Nullable Instant submittedAt) {
}
