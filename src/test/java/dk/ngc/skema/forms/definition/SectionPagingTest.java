package dk.ngc.skema.forms.definition;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dk.ngc.skema.forms.definition.TestForms.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SectionPagingTest {

    /** about → (family, shown only for rare groups) → rows (with its own items) → end. */
    private final FormDefinition form = TestForms.form(
            Section.of("about", "Om", "About", field("kind", FieldType.SINGLE_CHOICE).build(), field("title", FieldType.SHORT_TEXT).build()),
            Section.of("family", "Familie", "Family", field("trio", FieldType.YES_NO).build())
                    .withVisibleIf(Condition.equalTo("kind", "rare")),
            new Section("rows", LocalizedText.of("Rækker", "Rows"), null,
                    List.of(field("indications", FieldType.REPEATING_GROUP).subFields(List.of(field("name", FieldType.SHORT_TEXT).build())).build()),
                    null, true),
            Section.of("end", "Slut", "End", field("note", FieldType.LONG_TEXT).build()));
    private final SectionPaging paging = new SectionPaging(form);
    private final Answers rare = Answers.of(Map.of("kind", "rare"));
    private final Answers common = Answers.of(Map.of("kind", "common"));

    @Test
    void aPathBelongsToTheSectionOfItsTopLevelField() {
        assertThat(paging.sectionOf("title")).contains("about");
        assertThat(paging.sectionOf("indications[2].name")).contains("rows");
        assertThat(paging.sectionOf("indications")).contains("rows");
        assertThat(paging.sectionOf("rows.extra")).contains("rows");
        assertThat(paging.sectionOf("rows.extra[1].title")).contains("rows");
        assertThat(paging.sectionOf("end")).contains("end");
        assertThat(paging.sectionOf("nothing")).isEmpty();
    }

    @Test
    void nextAndPreviousSkipASectionItsConditionHides() {
        assertThat(paging.next("about", rare)).contains("family");
        assertThat(paging.next("about", common)).contains("rows");
        assertThat(paging.previous("rows", common)).contains("about");
        assertThat(paging.previous("rows", rare)).contains("family");
        assertThat(paging.next("end", rare)).isEmpty();
        assertThat(paging.previous("about", rare)).isEmpty();
    }

    @Test
    void aSectionHiddenByAChangeGivesWayToTheNextShownOneOrElseThePreviousOne() {
        assertThat(paging.settle("family", rare)).isEqualTo("family");
        assertThat(paging.settle("family", common)).isEqualTo("rows");
        FormDefinition lastHidden = TestForms.form(
                Section.of("about", "Om", "About", field("kind", FieldType.SHORT_TEXT).build()),
                Section.of("family", "Familie", "Family", field("trio", FieldType.YES_NO).build()).withVisibleIf(Condition.equalTo("kind", "rare")));
        assertThat(new SectionPaging(lastHidden).settle("family", common)).isEqualTo("about");
    }

    @Test
    void theFirstSectionIsTheFirstShownOne() {
        FormDefinition hiddenFirst = TestForms.form(
                Section.of("family", "Familie", "Family", field("trio", FieldType.YES_NO).build()).withVisibleIf(Condition.equalTo("kind", "rare")),
                Section.of("about", "Om", "About", field("kind", FieldType.SHORT_TEXT).build()));
        assertThat(new SectionPaging(hiddenFirst).first(common)).contains("about");
        assertThat(new SectionPaging(hiddenFirst).first(rare)).contains("family");
        assertThat(paging.first(Answers.empty())).contains("about");
        assertThat(paging.number("rows")).isEqualTo(3);
    }

    @Test
    void anUnknownSectionIsAProgrammingError() {
        assertThatThrownBy(() -> paging.next("nope", rare)).isInstanceOf(IllegalArgumentException.class);
    }
}
