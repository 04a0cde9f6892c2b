package dk.ngc.skema.hearing;

import org.jspecify.annotations.Nullable;

import java.util.UUID;

/**
 * How far the writing of a hearing note has come, for a view to poll.
 *
 * @param percent    0–100
 * @param fileName   set when {@link Stage#DONE}, e.g. "hoeringsnotat-12.pdf"
 * @param content    the file, when {@link Stage#DONE}
 * @param failureKey the message key saying why it failed, when {@link Stage#FAILED}
 */
public record NoteProgress(UUID job, long hearingId, NoteFormat format, Stage stage, int percent, @Nullable String fileName,
                           byte @Nullable [] content, @Nullable String failureKey) {

    public enum Stage {
        QUEUED, COLLECTING, WRITING, DONE, FAILED
    }

    public boolean finished() {
        return stage == Stage.DONE || stage == Stage.FAILED;
    }

    NoteProgress at(Stage next, int percentNow) {
        return new NoteProgress(job, hearingId, format, next, percentNow, null, null, null);
    }
}
