package dk.ngc.skema.forms.definition;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Optional;

/**
 * A form as data: what NGC edits, sends to hearing, approves and publishes, and what respondents fill in.
 *
 * @param key     stable name of the form, e.g. {@code nomination-round-2}
 * @param version set by the store that versions approved forms; absent in the seeded documents
 *
 * <p>A {@code "$schema"} property is accepted and ignored, so that documents can point editors at
 * {@code form-definition.schema.json}.
 */
@JsonIgnoreProperties("$schema")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record FormDefinition(String key, @Nullable Integer version, LocalizedText title, @Nullable LocalizedText description,
                             List<Section> sections) {

    public FormDefinition {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /** The top-level field with this key (answers are keyed by it, so it is unique in a valid form). */
    public Optional<Field> field(String fieldKey) {
        return sections.stream().flatMap(section -> section.fields().stream())
                .filter(field -> field.key() != null && field.key().equals(fieldKey)).findFirst();
    }

    /** The section holding the top-level field with this key. */
    public Optional<Section> sectionOf(String fieldKey) {
        return sections.stream()
                .filter(section -> section.fields().stream().anyMatch(field -> fieldKey.equals(field.key())))
                .findFirst();
    }

    public FormDefinition withVersion(Integer newVersion) {
        return new FormDefinition(key, newVersion, title, description, sections);
    }

    public FormDefinition withSections(List<Section> newSections) {
        return new FormDefinition(key, version, title, description, newSections);
    }

    /**
     * This definition with the choices of every field that names an {@code optionSource} filled in from
     * {@code sources} (an unknown source gives no choices). Stored definitions keep only the name.
     */
    public FormDefinition withOptionsFrom(java.util.function.Function<String, List<Option>> sources) {
        if (sections.stream().flatMap(section -> section.fields().stream()).noneMatch(FormDefinition::usesSource)) {
            return this;
        }
        return withSections(sections.stream().map(section -> new Section(section.key(), section.title(), section.help(),
                section.fields().stream().map(field -> resolved(field, sources)).toList(), section.visibleIf(),
                section.allowExtraItems())).toList());
    }

    private static boolean usesSource(Field field) {
        return field.optionSource() != null || field.subFields().stream().anyMatch(FormDefinition::usesSource);
    }

    private static Field resolved(Field field, java.util.function.Function<String, List<Option>> sources) {
        if (!usesSource(field)) {
            return field;
        }
        Field.Builder builder = field.toBuilder().subFields(field.subFields().stream().map(sub -> resolved(sub, sources)).toList());
        if (field.optionSource() != null) {
            List<Option> options = sources.apply(field.optionSource());
            builder.options(options == null ? List.of() : options);
        }
        return builder.build();
    }
}
