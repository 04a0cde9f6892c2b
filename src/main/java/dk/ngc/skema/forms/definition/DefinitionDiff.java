package dk.ngc.skema.forms.definition;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What changed between two versions of a {@link FormDefinition}, for the hearing of a form: NGC revises a
 * draft after the comments, and invitees, NGC and the steering group read what was done with it.
 *
 * <p>Identity is the key: sections by their key, top-level fields by their key (unique across the form),
 * sub-fields of a repeating group by {@code group.sub}, options by their value, criteria by their node id. A field
 * whose key changed is reported as {@link Kind#FIELD_RENAMED} only when that is beyond doubt (exactly one removed
 * and one added field in the whole form with the same type and the same non-blank label in both languages);
 * otherwise it is removed and added.
 *
 * <p>{@link #changes()} is in document order (the revised version's, a removed item at its old place) and each
 * {@link Change} has a Danish and English description and a stable {@link Change#id() id}, the same whenever the
 * same two versions are compared, to link to. {@link #carry(String)} tells what became of an anchor of the old
 * version (a section or field key) so that a comment on it survives the revision.
 *
 * <p>Pure: no Spring, no database; both definitions are left untouched.
 */
public final class DefinitionDiff {

    /** The kinds of change, in the order they are listed for one item. */
    public enum Kind {
        /** The form's title or description. */
        FORM_RELABELLED,
        SECTION_ADDED,
        SECTION_REMOVED,
        /** The section stands at another place among the sections. */
        SECTION_MOVED,
        /** Title or help, in Danish and/or English. */
        SECTION_RELABELLED,
        /** Its "show if" condition was added, removed or changed. */
        SECTION_CONDITION_CHANGED,
        /** Whether respondents may add own items to the section. */
        SECTION_SETTINGS_CHANGED,
        FIELD_ADDED,
        FIELD_REMOVED,
        /** The key changed, nothing a respondent reads did (see the class comment for when). */
        FIELD_RENAMED,
        /** To another section, or to another place in its section (or its repeating group). */
        FIELD_MOVED,
        /** Label, help or static text, in Danish and/or English. */
        FIELD_RELABELLED,
        FIELD_TYPE_CHANGED,
        FIELD_REQUIRED_CHANGED,
        /** A limit or setting: length, min/max, counts, rows, file types and size, "not relevant", option source... */
        FIELD_LIMITS_CHANGED,
        FIELD_CONDITION_CHANGED,
        /** An option (or a region-matrix column) added. */
        OPTION_ADDED,
        OPTION_REMOVED,
        OPTION_RELABELLED,
        /** The same options in another order. */
        OPTIONS_REORDERED,
        /** A node of the field's template criteria tree added. */
        CRITERION_ADDED,
        CRITERION_REMOVED,
        /** A node's text, combination (all / any / at least n), quantity, code or place in the tree changed. */
        CRITERION_CHANGED
    }

    /**
     * One change.
     *
     * @param id          stable, link-safe ({@code [A-Za-z0-9_-]}, starts with {@code chg-}): the same for the same two
     *                    versions; usable as an HTML id, a PDF destination and a DOCX bookmark
     * @param kind        what kind of change
     * @param sectionKey  the section it happened in: the revised one, or the old one for what was removed; null for
     *                    the form itself
     * @param fieldKey    the field, as an anchor ({@code key}, or {@code group.sub} for a sub-field) of the revised
     *                    version (for a renamed field its new key), or of the old one for a removed field; null for a
     *                    change of the form or a section
     * @param oldAnchor   the anchor in the old version this change concerns (section or field key); null for what was added
     * @param detail      what within the item: the option value, the criterion id, the text ({@code label}, {@code help},
     *                    {@code text}, {@code title}, {@code description}) or the setting ({@code maxLength}, ...); null
     *                    when the kind says it all
     * @param description what a person reads, in Danish and English, e.g. »Feltet »Faglig begrundelse« er flyttet ...«
     */
    public record Change(String id, Kind kind, @Nullable String sectionKey, @Nullable String fieldKey,
                         @Nullable String oldAnchor, @Nullable String detail, LocalizedText description) {
    }

    /** What became of an anchor of the old version; the first that applies, in this order. */
    public enum Fate {
        /** The section or field is gone; {@link AnchorFate#nearestAnchor()} says where its comments go. */
        REMOVED,
        /** The field lives on under another key ({@link Kind#FIELD_RENAMED}). */
        RENAMED,
        /** In another section or at another place. */
        MOVED,
        /** Same place, new wording (title, label, help, text). */
        RELABELLED,
        /** Same place and wording, other rules (type, options, conditions, limits, criteria). */
        CHANGED,
        /** Untouched. */
        KEPT,
        /** Not a section or field of the old version. */
        UNKNOWN
    }

    /**
     * The answer of {@link #carry(String)}.
     *
     * @param anchor        the anchor asked about (old version)
     * @param fate          what happened to it
     * @param newAnchor     the same item in the revised version (its new key when renamed); null when removed or unknown
     * @param sectionKey    the revised section it is in (for a section: itself); for a removed item, the section of
     *                      {@code nearestAnchor}; null when nothing survives
     * @param position      0-based place in the revised version: among the sections for a section, in its section
     *                      (or group) for a field; -1 when removed or unknown
     * @param nearestAnchor where to show its comments in the revised version: {@code newAnchor} when it survives;
     *                      else its old section (or group) if that survives, else the nearest surviving section before
     *                      it (after it when none is before); null when nothing survives
     * @param changes       every change of {@link #changes()} concerning it (for a section: the section's own, not its fields')
     * @param description   one sentence in Danish and English for a comment's reader
     */
    public record AnchorFate(String anchor, Fate fate, @Nullable String newAnchor, @Nullable String sectionKey, int position,
                             @Nullable String nearestAnchor, List<Change> changes, LocalizedText description) {

        /** Whether the commented item itself is still in the revised version (the comment is not orphaned). */
        public boolean survives() {
            return newAnchor != null;
        }
    }

    private final List<Change> changes;
    private final Comparer comparer;

    private DefinitionDiff(Comparer comparer) {
        this.changes = List.copyOf(comparer.changes);
        this.comparer = comparer;
    }

    /** The changes from {@code old} to {@code revised}. */
    public static DefinitionDiff between(FormDefinition old, FormDefinition revised) {
        Objects.requireNonNull(old, "old");
        Objects.requireNonNull(revised, "revised");
        return new DefinitionDiff(new Comparer(old, revised));
    }

    /** In document order; empty when nothing a respondent or the rules would notice changed. */
    public List<Change> changes() {
        return changes;
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The change with this id. */
    public Optional<Change> change(String id) {
        return changes.stream().filter(change -> change.id().equals(id)).findFirst();
    }

    /** Every change concerning this anchor of the old version (a section's own changes, not its fields'). */
    public List<Change> changesOf(String oldAnchor) {
        return changes.stream().filter(change -> oldAnchor.equals(change.oldAnchor())).toList();
    }

    /** What became of a section key or field key ({@code key} or {@code group.sub}) of the old version. */
    public AnchorFate carry(String anchor) {
        return comparer.carry(anchor, changesOf(anchor));
    }
}
