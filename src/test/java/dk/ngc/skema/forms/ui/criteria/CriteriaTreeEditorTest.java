package dk.ngc.skema.forms.ui.criteria;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import dk.ngc.skema.forms.definition.CriteriaEditor;
import dk.ngc.skema.forms.definition.CriteriaNode;
import dk.ngc.skema.demo.PilotCriteria;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class CriteriaTreeEditorTest {

    private static final Locale DANISH = Locale.of("da", "DK");

    private CriteriaTreeEditor editor;
    private final List<AbstractField.ComponentValueChangeEvent<CustomField<CriteriaNode>, CriteriaNode>> events = new ArrayList<>();

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        UI.getCurrent().setLocale(DANISH);
        editor = new CriteriaTreeEditor("Indikationskriterier");
        UI.getCurrent().add(editor);
        editor.addValueChangeListener(events::add);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private CriteriaNode pilot() {
        CriteriaNode pilot = PilotCriteria.rareDiseaseChildren();
        editor.setValue(pilot);
        events.clear();
        return pilot;
    }

    private Div row(String nodeId) {
        return _get(editor, Div.class, spec -> spec.withAttribute("data-node-id", nodeId).withAttribute("role", "group"));
    }

    private Button button(String nodeId, String action) {
        return _get(row(nodeId), Button.class, spec -> spec.withAttribute("data-action", action));
    }

    private CriteriaNode.Group group(CriteriaNode tree, String id) {
        return (CriteriaNode.Group) CriteriaEditor.find(tree, id);
    }

    private String preview() {
        return _get(editor, CriteriaPreview.class).text();
    }

    @Test
    void thePilotTreeReadsAsNestedSentences() {
        pilot();
        assertThat(preview()).contains("Alle følgende skal være opfyldt", "Mindst én af følgende", "Mistanke om en genetisk årsag",
                "Global udviklingsforsinkelse (alle følgende skal være opfyldt)");
        assertThat(editor.isInvalid()).isFalse();
        // one row per node, each an aria-labelled group reachable through its inputs and buttons
        assertThat(_find(editor, Div.class, spec -> spec.withAttribute("role", "group"))).hasSize(20);
        assertThat(row(PilotCriteria.FLOPPY_INFANT).getElement().getAttribute("aria-label"))
                .isEqualTo("Kriterium 4.9: Floppy infant");
        assertThat(button(PilotCriteria.FLOPPY_INFANT, CriteriaTreeEditor.REMOVE).getElement().getAttribute("aria-label"))
                .isEqualTo("Fjern – kriterium 4.9");
        assertThat(button(PilotCriteria.FLOPPY_INFANT, CriteriaTreeEditor.REMOVE).getTooltip().getText()).isEqualTo("Fjern");
    }

    @Test
    void anEmptyValueStartsAsAnAllGroupWithOneEmptyCriterion() {
        assertThat(editor.getValue()).isNull();
        assertThat(editor.getShownTree()).isInstanceOfSatisfying(CriteriaNode.Group.class, root -> {
            assertThat(root.kind()).isEqualTo(CriteriaNode.GroupKind.ALL);
            assertThat(root.children()).singleElement().isInstanceOf(CriteriaNode.Criterion.class);
        });
        // not red before the user has had a chance to type
        assertThat(editor.isInvalid()).isFalse();

        _setValue(_get(editor, TextField.class, spec -> spec.withClasses("criteria-text")), "Mistanke om en genetisk årsag");

        assertThat(editor.getValue()).isNotNull();
        assertThat(preview()).contains("Alle følgende skal være opfyldt", "Mistanke om en genetisk årsag");
        assertThat(events).singleElement().satisfies(event -> assertThat(event.isFromClient()).isTrue());
    }

    @Test
    void addingACriterionToAGroupGrowsTheValueAndFiresAChange() {
        pilot();
        _click(button(PilotCriteria.FINDINGS, CriteriaTreeEditor.ADD_CRITERION));

        assertThat(group(editor.getValue(), PilotCriteria.FINDINGS).children()).hasSize(10);
        assertThat(events).hasSize(1);
        assertThat(events.getFirst().isFromClient()).isTrue();
        assertThat(events.getFirst().getValue()).isEqualTo(editor.getValue());
        // the new, still empty criterion is not reported before the user visits it; showAllProblems does
        assertThat(editor.isInvalid()).isFalse();
        editor.showAllProblems();
        assertThat(editor.isInvalid()).isTrue();
        assertThat(editor.getErrorMessage()).contains("Kriterium 4.10", "Kriteriet har ingen tekst").doesNotContain("children[");
    }

    @Test
    void addingACriterionBelowPutsItRightAfterTheRow() {
        pilot();
        _click(button(PilotCriteria.MALFORMATIONS, CriteriaTreeEditor.ADD_CRITERION));

        List<CriteriaNode> findings = group(editor.getValue(), PilotCriteria.FINDINGS).children();
        assertThat(findings).hasSize(10);
        assertThat(findings.get(0).id()).isEqualTo(PilotCriteria.MALFORMATIONS);
        assertThat(findings.get(1)).isInstanceOf(CriteriaNode.Criterion.class);
        assertThat(findings.get(1).text()).isNull();
        assertThat(findings.get(2).id()).isEqualTo(PilotCriteria.COMPLEX_CLINICAL_PICTURE);

        _setValue(_get(row(findings.get(1).id()), TextField.class, spec -> spec.withClasses("criteria-text")), "Hypotoni");
        assertThat(group(editor.getValue(), PilotCriteria.FINDINGS).children().get(1).text().da()).isEqualTo("Hypotoni");
        assertThat(preview()).contains("Hypotoni");
    }

    @Test
    void addingAGroupAddsAnAllGroupWithOneCriterion() {
        pilot();
        _click(button(PilotCriteria.FINDINGS, CriteriaTreeEditor.ADD_GROUP));

        CriteriaNode added = group(editor.getValue(), PilotCriteria.FINDINGS).children().getLast();
        assertThat(added).isInstanceOfSatisfying(CriteriaNode.Group.class, g -> {
            assertThat(g.kind()).isEqualTo(CriteriaNode.GroupKind.ALL);
            assertThat(g.children()).hasSize(1);
        });
        assertThat(events).hasSize(1);
    }

    @Test
    void indentAndOutdentGoThroughTheModel() {
        CriteriaNode pilot = pilot();
        _click(button(PilotCriteria.COMPLEX_CLINICAL_PICTURE, CriteriaTreeEditor.INDENT));
        CriteriaNode indented = editor.getValue();
        assertThat(indented).isEqualTo(CriteriaEditor.indent(pilot, PilotCriteria.COMPLEX_CLINICAL_PICTURE));
        assertThat(CriteriaEditor.parentOf(indented, PilotCriteria.COMPLEX_CLINICAL_PICTURE).orElseThrow().id())
                .isNotEqualTo(PilotCriteria.FINDINGS);

        _click(button(PilotCriteria.COMPLEX_CLINICAL_PICTURE, CriteriaTreeEditor.OUTDENT));
        assertThat(editor.getValue()).isEqualTo(pilot);
        assertThat(events).hasSize(2).allSatisfy(event -> assertThat(event.isFromClient()).isTrue());

        // a child of the root cannot be outdented, the root has no structure buttons at all
        assertThat(button(PilotCriteria.UNDER_18, CriteriaTreeEditor.OUTDENT).isEnabled()).isFalse();
        assertThat(_find(row(pilot.id()), Button.class, spec -> spec.withAttribute("data-action", CriteriaTreeEditor.REMOVE))).isEmpty();
    }

    @Test
    void moveAndRemoveGoThroughTheModel() {
        CriteriaNode pilot = pilot();
        assertThat(button(PilotCriteria.UNDER_18, CriteriaTreeEditor.MOVE_UP).isEnabled()).isFalse();
        assertThat(button(PilotCriteria.FINDINGS, CriteriaTreeEditor.MOVE_DOWN).isEnabled()).isFalse();

        _click(button(PilotCriteria.UNDER_18, CriteriaTreeEditor.MOVE_DOWN));
        CriteriaNode moved = CriteriaEditor.moveDown(pilot, PilotCriteria.UNDER_18);
        assertThat(editor.getValue()).isEqualTo(moved);

        _click(button(PilotCriteria.UNDER_18, CriteriaTreeEditor.MOVE_UP));
        assertThat(editor.getValue()).isEqualTo(pilot);

        _click(button(PilotCriteria.DEVELOPMENTAL_DELAY_GROUP, CriteriaTreeEditor.REMOVE));
        assertThat(editor.getValue()).isEqualTo(CriteriaEditor.remove(pilot, PilotCriteria.DEVELOPMENTAL_DELAY_GROUP));
        assertThat(CriteriaEditor.find(editor.getValue(), PilotCriteria.IQ_BELOW_70)).isNull();
        assertThat(preview()).doesNotContain("Global udviklingsforsinkelse");
        assertThat(events).hasSize(3);

        editor.undo();
        assertThat(editor.getValue()).isEqualTo(pilot);
        assertThat(events).hasSize(4);
    }

    @Test
    void readOnlyShowsOnlyTheSentences() {
        pilot();
        editor.setReadOnly(true);

        assertThat(_find(editor, Button.class)).isEmpty();
        assertThat(_find(editor, TextField.class)).isEmpty();
        assertThat(_find(editor, CriteriaTryPanel.class)).isEmpty();
        assertThat(preview()).contains("Mindst én af følgende");

        editor.setReadOnly(false);
        assertThat(_find(editor, Button.class)).isNotEmpty();
    }

    @Test
    void atLeastMoreThanTheChildrenIsInvalidWithTheModelsMessage() {
        pilot();
        Div findings = row(PilotCriteria.FINDINGS);
        @SuppressWarnings("unchecked")
        Select<CriteriaNode.GroupKind> kind = _get(findings, Select.class, spec -> spec.withClasses("criteria-kind"));
        _setValue(kind, CriteriaNode.GroupKind.AT_LEAST);
        IntegerField n = _get(findings, IntegerField.class, spec -> spec.withClasses("criteria-n"));
        assertThat(n.getValue()).isEqualTo(2);
        assertThat(group(editor.getValue(), PilotCriteria.FINDINGS).n()).isEqualTo(2);
        assertThat(preview()).contains("Mindst 2 af følgende");
        assertThat(editor.isInvalid()).isFalse();

        _setValue(n, 12);

        assertThat(group(editor.getValue(), PilotCriteria.FINDINGS).n()).isEqualTo(12);
        assertThat(editor.isInvalid()).isTrue();
        assertThat(editor.getErrorMessage()).contains("Gruppe 4", "\"Mindst 12 af følgende\" kræver et tal mellem 1 og gruppens 9 kriterier");
        assertThat(n.isInvalid()).isTrue();
        assertThat(editor.getProblems()).hasSize(1);

        _setValue(n, 9);
        assertThat(editor.isInvalid()).isFalse();
        assertThat(n.isInvalid()).isFalse();
    }

    @Test
    void aValueSetFromOutsideIsCheckedToo() {
        editor.setValue(CriteriaNode.atLeast("root", 3, CriteriaNode.criterion("a", "A", null),
                CriteriaNode.criterion("b", "B", null)));
        assertThat(editor.isInvalid()).isTrue();
        assertThat(editor.getErrorMessage()).contains("Mindst 3 af følgende");
        assertThat(events).singleElement().satisfies(event -> assertThat(event.isFromClient()).isFalse());
    }

    @Test
    void codeAndQuantityAreEditable() {
        pilot();
        Div malformations = row(PilotCriteria.MALFORMATIONS);
        @SuppressWarnings("unchecked")
        Select<dk.ngc.skema.forms.definition.Code.System> system = _get(malformations, Select.class,
                spec -> spec.withClasses("criteria-code-system"));
        _setValue(system, dk.ngc.skema.forms.definition.Code.System.HPO);
        _setValue(_get(malformations, TextField.class, spec -> spec.withClasses("criteria-code-value")), "HP:0000271");
        CriteriaNode.Criterion criterion = (CriteriaNode.Criterion) CriteriaEditor.find(editor.getValue(), PilotCriteria.MALFORMATIONS);
        assertThat(criterion.code()).isEqualTo(dk.ngc.skema.forms.definition.Code.of(dk.ngc.skema.forms.definition.Code.System.HPO, "HP:0000271"));
        assertThat(preview()).contains("[HPO: HP:0000271]");

        Div under18 = row(PilotCriteria.UNDER_18);
        TextField limit = _get(under18, TextField.class, spec -> spec.withClasses("criteria-quantity-value"));
        _setValue(limit, "16");
        CriteriaNode.Criterion age = (CriteriaNode.Criterion) CriteriaEditor.find(editor.getValue(), PilotCriteria.UNDER_18);
        assertThat(age.quantity().value()).isEqualByComparingTo("16");
        assertThat(age.quantity().variable()).isEqualTo("age");

        // The browser's number field made "1e9" into 19; now it is refused on the field and the limit stays 16.
        _setValue(limit, "1e9");
        assertThat(limit.isInvalid()).isTrue();
        assertThat(limit.getErrorMessage()).contains("Skriv tallet med cifre");
        age = (CriteriaNode.Criterion) CriteriaEditor.find(editor.getValue(), PilotCriteria.UNDER_18);
        assertThat(age.quantity().value()).isEqualByComparingTo("16");
        _setValue(limit, "17,5");
        age = (CriteriaNode.Criterion) CriteriaEditor.find(editor.getValue(), PilotCriteria.UNDER_18);
        assertThat(age.quantity().value()).isEqualByComparingTo("17.5");
    }

    @Test
    void tryingTheCriteriaShowsEligibilityAndTheReason() {
        pilot();
        CriteriaTryPanel panel = _get(editor, CriteriaTryPanel.class);
        panel.setOpened(true);
        assertThat(panel.resultText()).contains("Patienten opfylder ikke kriterierne");

        for (String id : List.of(PilotCriteria.SUSPECTED_GENETIC_CAUSE, PilotCriteria.NOT_KNOWN_IN_FAMILY, PilotCriteria.MALFORMATIONS)) {
            _setValue(_get(panel, Checkbox.class, spec -> spec.withAttribute("data-node-id", id)), true);
        }
        assertThat(panel.resultText()).contains("Patienten opfylder ikke kriterierne", "der er ingen værdi for alder");

        _setValue(_get(panel, TextField.class, spec -> spec.withAttribute("data-variable", "age")), "8");
        assertThat(panel.resultText()).contains("Patienten opfylder kriterierne").doesNotContain("ikke");
        // trying changes nothing in the value
        assertThat(events).isEmpty();
    }

    @Test
    void englishLocaleReadsInEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        CriteriaTreeEditor english = new CriteriaTreeEditor();
        UI.getCurrent().add(english);
        english.setValue(PilotCriteria.rareDiseaseChildren());
        assertThat(_get(english, CriteriaPreview.class).text()).contains("At least one of the following");
        assertThat(_find(english, Button.class, spec -> spec.withAttribute("aria-label", "Remove – criterion 4.9"))).hasSize(1);
    }

    @Test
    void everyTextHasDanishAndEnglish() {
        assertThat(CriteriaTexts.all()).allSatisfy((key, pair) -> {
            assertThat(pair[0]).as("da " + key).isNotBlank();
            assertThat(pair[1]).as("en " + key).isNotBlank();
        });
    }
}
