package dk.ngc.skema.qualification;

import org.jspecify.annotations.Nullable;

import java.util.UUID;

/**
 * How far the writing of a case presentation PDF has come, for a view to poll (as the hearing note's progress).
 *
 * @param content    the PDF, when {@link Stage#DONE}
 * @param failureKey the message key saying why it failed, when {@link Stage#FAILED}
 */
public record CaseProgress(UUID job, long roundId, Stage stage, int percent, @Nullable String fileName, byte @Nullable [] content,
                           @Nullable String failureKey) {

    public enum Stage {
        QUEUED, WRITING, DONE, FAILED
    }

    public boolean finished() {
        return stage == Stage.DONE || stage == Stage.FAILED;
    }
}
