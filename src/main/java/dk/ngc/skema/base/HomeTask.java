package dk.ngc.skema.base;

import org.jspecify.annotations.Nullable;

/**
 * One thing the home page tells a person to do now (or, without a route, to know now).
 *
 * @param text  the sentence, already in the reader's language
 * @param route where the person does it, e.g. {@code vurdering/3}; null where there is no page for it
 */
public record HomeTask(String text, @Nullable String route) {
}
