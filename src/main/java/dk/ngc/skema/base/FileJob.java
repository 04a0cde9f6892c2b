package dk.ngc.skema.base;

import org.jspecify.annotations.Nullable;

import java.util.UUID;

/**
 * How far a file written off the request thread has come (a hearing note, a case presentation), for a view to poll.
 *
 * @param percent    0–100
 * @param fileName   set when {@link Stage#DONE}, e.g. "hoeringsnotat-12.pdf"
 * @param content    the file, when {@link Stage#DONE}
 * @param failureKey the message key saying why it failed, when {@link Stage#FAILED}
 */
public record FileJob(UUID job, Stage stage, int percent, @Nullable String fileName, @Nullable String contentType,
                      byte @Nullable [] content, @Nullable String failureKey) {

    public enum Stage {
        QUEUED, WORKING, DONE, FAILED
    }

    public boolean finished() {
        return stage == Stage.DONE || stage == Stage.FAILED;
    }
}
