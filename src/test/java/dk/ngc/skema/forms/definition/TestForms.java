package dk.ngc.skema.forms.definition;

import java.util.List;

/** Small forms for tests: one section "main" holding the given fields. */
final class TestForms {

    private TestForms() {
    }

    static FormDefinition form(Field... fields) {
        return new FormDefinition("test-form", null, LocalizedText.of("Testskema", "Test form"), null,
                List.of(Section.of("main", "Hovedafsnit", "Main section", fields)));
    }

    static FormDefinition form(Section... sections) {
        return new FormDefinition("test-form", null, LocalizedText.of("Testskema", "Test form"), null, List.of(sections));
    }

    static Field.Builder field(String key, FieldType type) {
        return Field.builder(key, type).label(key + " (da)", key + " (en)");
    }
}
