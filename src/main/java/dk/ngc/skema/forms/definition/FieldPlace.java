package dk.ngc.skema.forms.definition;

/**
 * Where a field stands in a {@link FormDefinition}: its section, its index among the section's fields
 * and, for a sub-field of a repeating group, its index among the group's sub-fields ({@code sub} is -1
 * for a field of the section). Indices are 0-based as in the JSON, so {@link #path()} reads like the
 * places {@link DefinitionValidator} names.
 */
public record FieldPlace(int section, int field, int sub) {

    public FieldPlace {
        if (section < 0 || field < 0 || sub < -1) {
            throw new IllegalArgumentException("Not a field place: " + section + "/" + field + "/" + sub);
        }
    }

    /** A field of a section. */
    public static FieldPlace of(int section, int field) {
        return new FieldPlace(section, field, -1);
    }

    /** A sub-field of the repeating group at {@code section}/{@code field}. */
    public static FieldPlace sub(int section, int field, int sub) {
        return new FieldPlace(section, field, sub);
    }

    public boolean isSub() {
        return sub >= 0;
    }

    /** The field of the section this place is in: the repeating group for a sub-field, else this place. */
    public FieldPlace group() {
        return of(section, field);
    }

    /** The index among its siblings: the sub-field index for a sub-field, else the field index. */
    public int index() {
        return isSub() ? sub : field;
    }

    /** The sibling at this index, in the same list as this place. */
    public FieldPlace withIndex(int index) {
        return isSub() ? sub(section, field, index) : of(section, index);
    }

    /** The place of the k-th sub-field of the group at this place. */
    public FieldPlace subField(int k) {
        return sub(section, field, k);
    }

    /** The place in the document, e.g. {@code sections[2].fields[4].subFields[1]}. */
    public String path() {
        return "sections[" + section + "].fields[" + field + "]" + (isSub() ? ".subFields[" + sub + "]" : "");
    }
}
