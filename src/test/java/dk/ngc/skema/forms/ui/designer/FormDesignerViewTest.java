package dk.ngc.skema.forms.ui.designer;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.forms.FormVersionDocument;
import dk.ngc.skema.forms.FormVersionInfo;
import dk.ngc.skema.forms.FormVersionStatus;
import dk.ngc.skema.forms.definition.FormDefinition;
import dk.ngc.skema.testsupport.KaribuTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The designer end to end in a real context: list, new version, edit, save, publish, refusal of an
 * invalid definition, JSON export and import. It publishes a new version of a seeded form, so the
 * context (and its database) is thrown away afterwards instead of being shared with other tests.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FormDesignerViewTest extends KaribuTest {

    private static final String NOMINATION = "nomination-round-2";
    private static final String DELIMITATION = "delimitation-generic";

    @Autowired
    FormService formService;

    @SuppressWarnings("unchecked")
    private Grid<FormVersionInfo> grid() {
        return _get(Grid.class, spec -> spec.withId("designer-grid"));
    }

    private List<FormVersionInfo> rows(Grid<FormVersionInfo> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    private FormVersionInfo version(String formKey, int number) {
        return formService.allVersions().stream().filter(v -> v.formKey().equals(formKey) && v.number() == number)
                .findFirst().orElseThrow();
    }

    private FormVersionInfo newest(String formKey) {
        return formService.allVersions().stream().filter(v -> v.formKey().equals(formKey))
                .max(Comparator.comparingInt(FormVersionInfo::number)).orElseThrow();
    }

    private void selectInOutline(String target) {
        Button item = _find(Button.class, spec -> spec.withClasses("designer-outline-item")).stream()
                .filter(button -> target.equals(button.getElement().getAttribute("data-target")))
                .findFirst().orElseThrow(() -> new AssertionError("No outline item " + target));
        _click(item);
    }

    private String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    @Test
    @Order(1)
    void listsTheSeededFormsWithTheirPublishedFirstVersions() {
        login("nina");
        navigate("skemadesign");

        List<FormVersionInfo> rows = rows(grid());
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.formKey()).isEqualTo(NOMINATION);
            assertThat(row.number()).isEqualTo(1);
            assertThat(row.status()).isEqualTo(FormVersionStatus.PUBLISHED);
        });
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.formKey()).isEqualTo(DELIMITATION);
            assertThat(row.number()).isEqualTo(1);
            assertThat(row.status()).isEqualTo(FormVersionStatus.PUBLISHED);
        });
        assertThat(pageText()).contains("Skemadesigner", "Importér JSON");
        assertThat(GridKt._getCellComponent(grid(), rows.indexOf(version(NOMINATION, 1)), "status").getElement().getTextRecursively())
                .isEqualTo("Udgivet");

        int row = rows.indexOf(version(DELIMITATION, 1));
        Component actions = GridKt._getCellComponent(grid(), row, "actions");
        assertThat(_find(actions, Anchor.class)).extracting(Anchor::getText)
                .containsExactly("Eksportér JSON", "Besvarelser som CSV", "Besvarelser som XLSX");
    }

    @Test
    @Order(2)
    void newVersionIsEditedSavedAndPublishedWhileTheOldVersionStaysUnchanged() {
        login("nina");
        FormVersionInfo first = version(NOMINATION, 1);
        FormDefinition firstBefore = formService.version(first.id()).definition();
        navigate("skemadesign");

        var grid = grid();
        int row = rows(grid).indexOf(first);
        Component actions = GridKt._getCellComponent(grid, row, "actions");
        _click(_get(actions, Button.class, spec -> spec.withId("new-version-" + first.id())));

        // Now in the editor of the new draft.
        FormVersionInfo draft = newest(NOMINATION);
        assertThat(draft.status()).isEqualTo(FormVersionStatus.DRAFT);
        assertThat(draft.number()).isEqualTo(2);
        _get(FormVersionEditorView.class);

        selectInOutline("field-0-0");
        TextField label = _get(TextField.class, spec -> spec.withClasses("field-label-da"));
        assertThat(label.getValue()).isEqualTo(firstBefore.sections().get(0).fields().get(0).label().da());
        _setValue(label, "Patientgruppens navn");

        _click(_get(Button.class, spec -> spec.withId("designer-save")));
        assertThat(formService.version(draft.id()).definition().sections().get(0).fields().get(0).label().da())
                .isEqualTo("Patientgruppens navn");

        _click(_get(Button.class, spec -> spec.withId("designer-publish")));
        _click(_get(Button.class, spec -> spec.withId("designer-publish-confirm")));

        // The version is now shown read-only, with a button for the next version.
        _get(Button.class, spec -> spec.withId("designer-new-version"));
        assertThat(pageText()).contains("Patientgruppens navn");

        navigate("skemadesign");
        List<FormVersionInfo> rows = rows(grid());
        assertThat(rows).filteredOn(v -> v.formKey().equals(NOMINATION))
                .extracting(FormVersionInfo::number, FormVersionInfo::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, FormVersionStatus.PUBLISHED),
                        org.assertj.core.groups.Tuple.tuple(1, FormVersionStatus.RETIRED));
        assertThat(GridKt._getCellComponent(grid(), rows.indexOf(version(NOMINATION, 1)), "status").getElement().getTextRecursively())
                .isEqualTo("Afløst");

        FormVersionDocument old = formService.version(first.id());
        assertThat(old.definition()).isEqualTo(firstBefore);
        assertThat(old.definition().sections().get(0).fields().get(0).label().da()).isNotEqualTo("Patientgruppens navn");
    }

    @Test
    @Order(3)
    void definitionWithDuplicateKeyIsRefusedNamingThePlaceAndNothingIsSaved() {
        login("nina");
        FormVersionInfo draft = formService.newDraftFrom(version(DELIMITATION, 1).id());
        FormVersionDocument before = formService.version(draft.id());
        String firstKey = before.definition().sections().get(0).fields().get(0).key();
        navigate("skemadesign/version/" + draft.id());

        selectInOutline("field-0-1");
        _setValue(_get(TextField.class, spec -> spec.withClasses("field-key")), firstKey);
        _click(_get(Button.class, spec -> spec.withId("designer-save")));

        assertThat(text("designer-messages"))
                .contains("ikke gemt")
                .contains("sections[0].fields[1] \"" + firstKey + "\"");
        FormVersionDocument after = formService.version(draft.id());
        assertThat(after.definition()).isEqualTo(before.definition());
        assertThat(after.lockVersion()).isEqualTo(before.lockVersion());
    }

    @Test
    @Order(4)
    void jsonExportThenImportCreatesANewDraftWithEqualContent() {
        login("nina");
        FormVersionInfo source = version(DELIMITATION, 1);
        String json = formService.exportDefinition(source.id());
        navigate("skemadesign");

        UploadKt._upload(_get(Upload.class, spec -> spec.withId("designer-import")), "afgraensning.json", "application/json",
                json.getBytes(StandardCharsets.UTF_8));

        FormVersionInfo imported = newest(DELIMITATION);
        assertThat(imported.id()).isNotEqualTo(source.id());
        assertThat(imported.status()).isEqualTo(FormVersionStatus.DRAFT);
        assertThat(formService.version(imported.id()).definition().withVersion(null))
                .isEqualTo(formService.version(source.id()).definition().withVersion(null));
        _get(FormVersionEditorView.class);
    }

    @Test
    @Order(5)
    void importOfAnInvalidDefinitionListsTheProblemsInDanishAndSavesNothing() {
        login("nina");
        String json = formService.exportDefinition(version(DELIMITATION, 1).id());
        String invalid = json.replaceFirst("\"key\" : \"indications\"", "\"key\" : \"delimitationIntro\"");
        assertThat(invalid).isNotEqualTo(json);
        int versionsBefore = formService.allVersions().size();
        navigate("skemadesign");

        UploadKt._upload(_get(Upload.class, spec -> spec.withId("designer-import")), "forkert.json", "application/json",
                invalid.getBytes(StandardCharsets.UTF_8));

        assertThat(text("designer-import-messages")).contains("ikke importeret")
                .containsPattern("sections\\[\\d+]\\.fields\\[\\d+] \"delimitationIntro\": Nøglen");
        assertThat(formService.allVersions()).hasSize(versionsBefore);
    }

    @Test
    @Order(6)
    void jsonTabShowsTheWorkingCopyAndReportsUnreadableJsonInDanish() {
        login("nina");
        FormVersionInfo draft = formService.newDraftFrom(version(DELIMITATION, 1).id());
        navigate("skemadesign/version/" + draft.id());
        TabSheet tabs = _get(TabSheet.class, spec -> spec.withId("designer-tabs"));
        tabs.setSelectedIndex(1);
        TextArea json = _get(TextArea.class, spec -> spec.withId("designer-json"));
        assertThat(json.getValue()).contains("\"key\" : \"" + DELIMITATION + "\"");

        _setValue(json, "{ \"key\": \"delimitation-generic\", \"sectionz\": [] }");
        _click(_get(Button.class, spec -> spec.withId("designer-json-apply")));
        assertThat(json.isInvalid()).isTrue();
        assertThat(_get(Div.class, spec -> spec.withId("designer-messages")).getElement().getTextRecursively())
                .contains("JSON kunne ikke læses");

        String changed = formService.version(draft.id()).definition().title().da() + " (ændret)";
        _setValue(json, formService.exportDefinition(draft.id()).replace(
                "\"da\" : \"" + formService.version(draft.id()).definition().title().da() + "\"", "\"da\" : \"" + changed + "\""));
        _click(_get(Button.class, spec -> spec.withId("designer-json-apply")));
        _click(_get(Button.class, spec -> spec.withId("designer-save")));
        assertThat(formService.version(draft.id()).definition().title().da()).isEqualTo(changed);
    }

    private List<String> outlineTargets() {
        return _find(Button.class, spec -> spec.withClasses("designer-outline-item")).stream()
                .map(button -> button.getElement().getAttribute("data-target")).toList();
    }

    private List<String> fieldKeys(FormDefinition definition, int section) {
        return definition.sections().get(section).fields().stream().map(dk.ngc.skema.forms.definition.Field::key).toList();
    }

    @Test
    @Order(7)
    void aFieldIsAddedMovedAndRemovedInTheOutlineAndSavedThatWay() {
        login("nina");
        FormVersionInfo draft = formService.newDraftFrom(version(DELIMITATION, 1).id());
        List<String> before = fieldKeys(formService.version(draft.id()).definition(), 0);
        assertThat(before).hasSize(2);
        navigate("skemadesign/version/" + draft.id());

        selectInOutline("section-0");
        _click(_get(Button.class, spec -> spec.withId("designer-add-field")));
        assertThat(outlineTargets()).contains("field-0-2");
        assertThat(_get(TextField.class, spec -> spec.withClasses("field-label-da")).getValue()).isEqualTo("Nyt felt");

        _click(_get(Button.class, spec -> spec.withClasses("designer-move-up")));
        _click(_get(Button.class, spec -> spec.withId("designer-save")));
        assertThat(fieldKeys(formService.version(draft.id()).definition(), 0)).containsExactly(before.get(0), "nytFelt1", before.get(1));

        selectInOutline("field-0-1");
        _click(_get(Button.class, spec -> spec.withClasses("designer-remove")));
        assertThat(outlineTargets()).doesNotContain("field-0-2");
        _click(_get(Button.class, spec -> spec.withId("designer-save")));
        assertThat(fieldKeys(formService.version(draft.id()).definition(), 0)).isEqualTo(before);
    }

    @Test
    @Order(8)
    void aFieldAConditionAsksAboutIsNotRemoved() {
        login("nina");
        FormVersionInfo published = formService.allVersions().stream()
                .filter(v -> v.formKey().equals(NOMINATION) && v.status() == FormVersionStatus.PUBLISHED).findFirst().orElseThrow();
        FormVersionInfo draft = formService.newDraftFrom(published.id());
        navigate("skemadesign/version/" + draft.id());

        selectInOutline("field-0-1");
        assertThat(_get(TextField.class, spec -> spec.withClasses("field-key")).getValue()).isEqualTo("nominationType");
        Button remove = _get(Button.class, spec -> spec.withClasses("designer-remove"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> _click(remove))
                .isInstanceOfSatisfying(dk.ngc.skema.base.Refusal.class,
                        refusal -> assertThat(com.vaadin.flow.component.UI.getCurrent().getTranslation(refusal.messageKey(), refusal.arguments()))
                                .isEqualTo("Feltet \"nominationType\" kan ikke fjernes, fordi betingelsen ved \"existingGroup\" spørger til det. Ret betingelsen først."));

        _click(_get(Button.class, spec -> spec.withId("designer-save")));
        assertThat(fieldKeys(formService.version(draft.id()).definition(), 0)).contains("nominationType");
    }

    @Test
    @Order(9)
    void aLimitThatCannotBeReadExactlyIsRefusedOnItsFieldAndChangesNothing() {
        login("nina");
        FormVersionInfo draft = formService.newDraftFrom(version(DELIMITATION, 1).id());
        Integer before = formService.version(draft.id()).definition().sections().get(0).fields().get(0).maxLength();
        navigate("skemadesign/version/" + draft.id());
        selectInOutline("field-0-0");
        TextField maxLength = _get(TextField.class, spec -> spec.withClasses("field-max-length"));
        assertThat(maxLength.getValue()).isEqualTo(String.valueOf(before));

        // The browser's number field read "1e9" as 19.
        _setValue(maxLength, "1e9");
        assertThat(maxLength.isInvalid()).isTrue();
        assertThat(maxLength.getErrorMessage()).contains("Skriv tallet med cifre");
        _click(_get(Button.class, spec -> spec.withId("designer-save")));
        assertThat(formService.version(draft.id()).definition().sections().get(0).fields().get(0).maxLength()).isEqualTo(before);

        _setValue(maxLength, "250");
        assertThat(maxLength.isInvalid()).isFalse();
        _click(_get(Button.class, spec -> spec.withId("designer-save")));
        assertThat(formService.version(draft.id()).definition().sections().get(0).fields().get(0).maxLength()).isEqualTo(250);
    }
}
