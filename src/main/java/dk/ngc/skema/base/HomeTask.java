package dk.ngc.skema.base;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a person's task list on the home page ("Mine opgaver"): something to do, which counts in
 * the navigation, or something only to know.
 *
 * @param text     what to do (or to know), a whole sentence already in the reader's language; it is also the
 *                 link's name, so it must say what the link leads to
 * @param route    where the person does it, e.g. {@code vurdering/3}; null where there is no page for it
 * @param deadline by when it must be done; null where nothing is due
 * @param progress how much of a larger piece of work is left ("3 af 12 tilbage"); null where it is one step
 * @param feature  the contributing feature's package name ({@code nomination}, {@code assessment}, …): its icon
 * @param kind     to do (counts, may be overdue) or only to know
 */
public record HomeTask(String text, @Nullable String route, @Nullable Instant deadline, @Nullable Progress progress,
                       String feature, Kind kind) {

    /** For tasks made with the short form, which says nothing of the feature. */
    public static final String GENERAL = "general";

    public enum Kind {
        /** Waiting for the person: counted in the navigation, marked when its deadline has passed. */
        TODO,
        /** News without anything to do (a round is open, results are released): listed after the to-dos, never counted. */
        INFO
    }

    /** Work left of a whole, e.g. nominations left to rate. */
    public record Progress(int left, int total) {

        public Progress {
            if (total < 0 || left < 0 || left > total) {
                throw new IllegalArgumentException("progress " + left + " of " + total);
            }
        }
    }

    public HomeTask {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * The short form of the first task list, kept so that contributors written for it still compile: with a
     * route it is something to do, without one something to know; no deadline, no progress.
     */
    public HomeTask(String text, @Nullable String route) {
        this(text, route, null, null, GENERAL, route == null ? Kind.INFO : Kind.TODO);
    }

    /** Something for the person to do at this route. */
    public static HomeTask todo(String feature, String text, @Nullable String route) {
        return new HomeTask(text, route, null, null, feature, Kind.TODO);
    }

    /** Something for the person to know, with a page to read more where there is one. */
    public static HomeTask info(String feature, String text, @Nullable String route) {
        return new HomeTask(text, route, null, null, feature, Kind.INFO);
    }

    public HomeTask due(@Nullable Instant by) {
        return new HomeTask(text, route, by, progress, feature, kind);
    }

    /** Work left: {@code left} of {@code total}. */
    public HomeTask left(int left, int total) {
        return new HomeTask(text, route, deadline, new Progress(left, total), feature, kind);
    }

    /** Whether it is something to do, counted in the navigation. */
    public boolean isTodo() {
        return kind == Kind.TODO;
    }

    /** A to-do whose deadline has passed at this instant (the deadline itself is still in time, as submissions are). */
    public boolean overdueAt(Instant now) {
        return kind == Kind.TODO && deadline != null && now.isAfter(deadline);
    }
}
