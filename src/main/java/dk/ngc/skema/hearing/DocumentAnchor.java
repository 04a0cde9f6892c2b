package dk.ngc.skema.hearing;

import org.jspecify.annotations.Nullable;

import java.util.Locale;

/**
 * A place in a form document a comment can be anchored to: a section or a field (by key), with its heading.
 *
 * @param sectionId for a field, the key of its section; null for a section
 */
public record DocumentAnchor(AnchorKind kind, String id, String headingDa, @Nullable String headingEn, @Nullable String sectionId) {

    public String heading(Locale locale) {
        return "en".equals(locale.getLanguage()) && headingEn != null && !headingEn.isBlank() ? headingEn : headingDa;
    }
}
