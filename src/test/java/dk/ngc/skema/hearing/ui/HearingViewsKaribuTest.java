package dk.ngc.skema.hearing.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dk.ngc.skema.base.Refusal;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.forms.FormVersionInfo;
import dk.ngc.skema.hearing.Accommodation;
import dk.ngc.skema.hearing.AnchorKind;
import dk.ngc.skema.hearing.Body;
import dk.ngc.skema.hearing.HearingDetail;
import dk.ngc.skema.hearing.HearingService;
import dk.ngc.skema.hearing.InviteeInfo;
import dk.ngc.skema.testsupport.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The hearing pages as their users meet them: NGC makes and sends a hearing of the nomination form to the working
 * group; a member comments on a section and submits; NGC sees the answer, answers the comment and writes the note as
 * a PDF with progress; someone not invited is refused; the list speaks English too.
 */
class HearingViewsKaribuTest extends KaribuTest {

    @Autowired
    HearingService hearings;
    @Autowired
    FormService forms;
    @Autowired
    dk.ngc.skema.testsupport.TestClock clock;

    @BeforeEach
    void theWorkingGroupHasLoggedIn() {
        // A body is resolved to the people Skema knows: those who have logged in once.
        for (String user : List.of("william", "mette", "jens")) {
            login(user);
        }
    }

    private long sendThroughTheEditor(String title) {
        login("nina");
        navigate("hoeringer");
        _click(_get(Button.class, spec -> spec.withId("hearing-new")));
        _setValue(_get(TextField.class, spec -> spec.withId("hearing-title")), title);
        _setValue(_get(TextArea.class, spec -> spec.withId("hearing-letter-da")), "Kære arbejdsgruppe\n\nHermed skemaet i høring.");
        @SuppressWarnings("unchecked")
        ComboBox<FormVersionInfo> version = _get(ComboBox.class, spec -> spec.withId("hearing-version"));
        FormVersionInfo nominationForm = forms.publishedVersion("nomination-round-2").info();
        _setValue(version, nominationForm);
        @SuppressWarnings("unchecked")
        CheckboxGroup<Body> bodies = _get(CheckboxGroup.class, spec -> spec.withId("hearing-bodies"));
        _setValue(bodies, Set.of(Body.WORKING_GROUP));
        _click(_get(Button.class, spec -> spec.withId("hearing-send")));
        return hearings.myHearings().stream().filter(hearing -> hearing.title().equals(title)).findFirst().orElseThrow().id();
    }

    @Test
    void ngcSendsAHearingAndSeesEveryMemberWithTheDeliveryAndAnswerOfEach() {
        String title = "Høring om indstillingsskemaet " + System.nanoTime();
        long id = sendThroughTheEditor(title);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("hoering/" + id);
        assertThat(_get(Span.class, spec -> spec.withId("hearing-state")).getText()).isEqualTo("Sendt i høring");
        assertThat(pageText()).contains("Sendt ").contains("(14 dage)");
        Grid<?> invitees = _get(Grid.class, spec -> spec.withId("hearing-invitees"));
        List<List<String>> rows = IntStream.range(0, _size(invitees)).mapToObj(index -> _getFormattedRow(invitees, index)).toList();
        assertThat(rows).anySatisfy(row -> assertThat(row).contains("William Friis", "Personligt", "Ikke åbnet"));
        assertThat(rows).hasSizeGreaterThanOrEqualTo(3);
        assertThat(pageText()).contains("0 af " + rows.size() + " har svaret.");

        // William opens the hearing: NGC sees that it was opened, not yet answered.
        login("william");
        navigate("hoering/" + id);
        login("nina");
        navigate("hoering/" + id);
        Grid<?> after = _get(Grid.class, spec -> spec.withId("hearing-invitees"));
        assertThat(IntStream.range(0, _size(after)).mapToObj(index -> _getFormattedRow(after, index)))
                .anySatisfy(row -> assertThat(row).contains("William Friis").anyMatch(cell -> cell.startsWith("Åbnet ") && cell.endsWith("ikke besvaret")))
                .anySatisfy(row -> assertThat(row).contains("Mette Skov", "Ikke åbnet"));
    }

    @Test
    void aMemberCommentsOnASectionSubmitsAndNgcAnswersTheCommentAndWritesTheNote() {
        String title = "Høring med bemærkninger " + System.nanoTime();
        long id = sendThroughTheEditor(title);

        login("william");
        navigate("hoering/" + id);
        HearingDetail detail = hearings.hearing(id);
        InviteeInfo mine = detail.mine().getFirst();
        @SuppressWarnings("unchecked")
        Select<AnchorChoices.Choice> about = _get(Select.class, spec -> spec.withId("comment-about-" + mine.id() + "-1"));
        AnchorChoices.Choice section = about.getListDataView().getItems().filter(choice -> choice.kind() == AnchorKind.SECTION)
                .findFirst().orElseThrow();
        _setValue(about, section);
        _setValue(_get(TextArea.class, spec -> spec.withId("comment-text-" + mine.id() + "-1")), "Afsnittet bør nævne trioanalyse.");
        // Leaving the field saved the draft: the page says when.
        assertThat(_get(Span.class, spec -> spec.withId("answer-saved-" + mine.id())).getText()).startsWith("Gemt kl. ");
        assertThat(hearings.answer(mine.id()).comments()).singleElement()
                .satisfies(comment -> assertThat(comment.anchor()).isEqualTo(section.anchor()));
        _click(_get(Button.class, spec -> spec.withId("answer-submit-" + mine.id())));
        assertThat(pageText()).contains("Svar indsendt");

        login("nina");
        navigate("hoering/" + id);
        assertThat(pageText()).contains("1 af ").contains("Afsnittet bør nævne trioanalyse.").contains(section.label());
        long commentId = hearings.answer(mine.id()).comments().getFirst().id();
        _setValue(_get(TextArea.class, spec -> spec.withId("response-" + commentId)), "Tilføjet i afsnittet om metode.");
        @SuppressWarnings("unchecked")
        Select<Accommodation> accommodation = _get(Select.class, spec -> spec.withId("accommodation-" + commentId));
        _setValue(accommodation, Accommodation.ACCOMMODATED);
        _click(_get(Button.class, spec -> spec.withId("respond-" + commentId)));
        assertThat(hearings.answer(mine.id()).comments().getFirst().accommodation()).isEqualTo(Accommodation.ACCOMMODATED);
        assertThat(pageText()).contains("Besvaret af nina");

        _click(_get(Button.class, spec -> spec.withId("hearing-note-pdf")));
        UI ui = UI.getCurrent();
        await().atMost(Duration.ofSeconds(60)).pollInSameThread().until(() -> {
            ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
            return !_find(Anchor.class, spec -> spec.withId("hearing-note-download-pdf")).isEmpty();
        });
        assertThat(_get(Anchor.class, spec -> spec.withId("hearing-note-download-pdf")).getElement().getTextRecursively()).contains("hoeringsnotat-" + id + ".pdf");

        // NGC links the version the hearing led to; the page lists what changed.
        assertThat(pageText()).contains("Dokumentet er endnu ikke revideret efter høringen.");
        @SuppressWarnings("unchecked")
        ComboBox<FormVersionInfo> revised = _get(ComboBox.class, spec -> spec.withId("hearing-revised-version"));
        _setValue(revised, forms.publishedVersion("delimitation-generic").info());
        assertThat(hearings.hearing(id).revisedDocument()).isNotNull();
        assertThat(_get(com.vaadin.flow.component.html.OrderedList.class, spec -> spec.withId("hearing-changes")).getChildren().count())
                .isPositive();
    }

    @Test
    void someoneNotInvitedIsRefusedTheHearing() {
        long id = sendThroughTheEditor("Høring kun for arbejdsgruppen " + System.nanoTime());
        login("rasmus");
        navigate("hoering/" + id);
        assertThat(pageText()).doesNotContain("Kære arbejdsgruppe");
        assertThat(_find(TextArea.class)).isEmpty();
    }

    @Test
    void theListSpeaksEnglish() {
        String title = "English list " + System.nanoTime();
        sendThroughTheEditor(title);
        login("william");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("hoeringer");
        assertThat(pageText()).contains("Hearings");
        Grid<?> list = _get(Grid.class, spec -> spec.withId("hearings-grid"));
        assertThat(IntStream.range(0, _size(list)).mapToObj(index -> _getFormattedRow(list, index)))
                .anySatisfy(row -> assertThat(row).contains("Out for comments"));
    }

    @Test
    void ngcChoosesAQuestionsFormInTheEditorKeepsItWhenEditingAndAMemberFillsItInOnTheHearingPage() {
        login("nina");
        FormVersionInfo qualificationForm = forms.publishedVersion("qualification").info();
        navigate("hoeringer");
        _click(_get(Button.class, spec -> spec.withId("hearing-new")));
        String title = "Høring med spørgsmålsskema " + System.nanoTime();
        _setValue(_get(TextField.class, spec -> spec.withId("hearing-title")), title);
        _setValue(_get(TextArea.class, spec -> spec.withId("hearing-letter-da")), "Kære arbejdsgruppe\n\nSvar i skemaet.");
        @SuppressWarnings("unchecked")
        ComboBox<FormVersionInfo> version = _get(ComboBox.class, spec -> spec.withId("hearing-version"));
        _setValue(version, forms.publishedVersion("nomination-round-2").info());
        @SuppressWarnings("unchecked")
        ComboBox<FormVersionInfo> questionsForm = _get(ComboBox.class, spec -> spec.withId("hearing-questions-form"));
        _setValue(questionsForm, questionsForm.getListDataView().getItems().filter(info -> info.id() == qualificationForm.id()).findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        CheckboxGroup<Body> bodies = _get(CheckboxGroup.class, spec -> spec.withId("hearing-bodies"));
        _setValue(bodies, Set.of(Body.WORKING_GROUP));
        _click(_get(Button.class, spec -> spec.withId("hearing-save")));
        long id = hearings.myHearings().stream().filter(hearing -> hearing.title().equals(title)).findFirst().orElseThrow().id();
        navigate("hoeringer/udkast/" + id); // editing the draft keeps the form
        @SuppressWarnings("unchecked")
        ComboBox<FormVersionInfo> again = _get(ComboBox.class, spec -> spec.withId("hearing-questions-form"));
        assertThat(again.getValue().id()).isEqualTo(qualificationForm.id());
        _click(_get(Button.class, spec -> spec.withId("hearing-send")));
        assertThat(hearings.hearing(id).questionsForm().versionId()).isEqualTo(qualificationForm.id());
        assertThat(_get(Paragraph.class, spec -> spec.withId("hearing-questions-form")).getText())
                .contains("besvarer spørgsmålene i skemaet");

        login("william");
        navigate("hoering/" + id);
        long william = hearings.hearing(id).mine().getFirst().id();
        var panel = _get(com.vaadin.flow.component.orderedlayout.VerticalLayout.class, spec -> spec.withId("questions-" + william));
        assertThat(panel.getElement().getTextRecursively()).contains("Spørgsmål: Kvalificeringsskema");
        assertThat(hearings.questionsResponse(william)).isPresent();
    }

    @Test
    void sendingWithoutInviteesIsRefusedInDanishAndTheSecondClickSendsTheKeptDraftNotACopy() {
        login("nina");
        navigate("hoeringer");
        _click(_get(Button.class, spec -> spec.withId("hearing-new")));
        String title = "Høring uden parter " + System.nanoTime();
        _setValue(_get(TextField.class, spec -> spec.withId("hearing-title")), title);
        _setValue(_get(TextArea.class, spec -> spec.withId("hearing-letter-da")), "Kære arbejdsgruppe");
        @SuppressWarnings("unchecked")
        ComboBox<FormVersionInfo> version = _get(ComboBox.class, spec -> spec.withId("hearing-version"));
        _setValue(version, forms.publishedVersion("nomination-round-2").info());
        Button send = _get(Button.class, spec -> spec.withId("hearing-send"));
        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> _click(send));
        assertThat(refused).isInstanceOf(Refusal.class);
        assertThat(UI.getCurrent().getTranslation(((Refusal) refused).messageKey())).isEqualTo("Vælg mindst én part at høre.");
        // Nothing typed is lost: the editor still holds it, the draft is kept, and the button may be clicked again.
        assertThat(send.isEnabled()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withId("hearing-title")).getValue()).isEqualTo(title);

        @SuppressWarnings("unchecked")
        CheckboxGroup<Body> bodies = _get(CheckboxGroup.class, spec -> spec.withId("hearing-bodies"));
        _setValue(bodies, Set.of(Body.WORKING_GROUP));
        _click(_get(Button.class, spec -> spec.withId("hearing-send")));
        assertThat(hearings.myHearings()).filteredOn(hearing -> hearing.title().equals(title)).singleElement()
                .satisfies(hearing -> assertThat(hearing.state()).isEqualTo(dk.ngc.skema.hearing.HearingState.SENT));
    }

    @Test
    void anInviteeWhoseDeadlineHasPassedIsToldInDanishThatTheAnswerWillBeLateAndNgcDecides() {
        long id = sendThroughTheEditor("Høring med sent svar " + System.nanoTime());
        try {
            clock.advance(Duration.between(clock.instant(), hearings.hearing(id).info().deadline()).plusHours(2));
            // NGC sees who has not answered by the deadline.
            navigate("hoering/" + id);
            Grid<?> before = _get(Grid.class, spec -> spec.withId("hearing-invitees"));
            assertThat(IntStream.range(0, _size(before)).mapToObj(index -> _getFormattedRow(before, index)))
                    .anySatisfy(row -> assertThat(row).contains("Jens Thomsen", "Intet svar inden fristen (Ikke åbnet)"));
            login("jens");
            navigate("hoering/" + id);
            long jens = hearings.hearing(id).mine().getFirst().id();
            assertThat(_get(Paragraph.class, spec -> spec.withId("answer-late-" + jens)).getText()).isEqualTo(
                    "Fristen er overskredet. Du kan stadig indsende svaret, men det markeres som kommet efter fristen, og NGC afgør, om det tæller med.");
            _setValue(_get(TextArea.class, spec -> spec.withId("comment-text-" + jens + "-1")), "Sent, men med.");
            _click(_get(Button.class, spec -> spec.withId("answer-submit-" + jens)));
            assertThat(_get(Paragraph.class, spec -> spec.withId("answer-late-" + jens)).getText())
                    .isEqualTo("Svaret kom efter fristen. NGC afgør, om det tæller med.");
            assertThat(hearings.answer(jens).comments()).extracting(dk.ngc.skema.hearing.CommentInfo::text).containsExactly("Sent, men med.");

            login("nina");
            navigate("hoering/" + id);
            Grid<?> invitees = _get(Grid.class, spec -> spec.withId("hearing-invitees"));
            assertThat(IntStream.range(0, _size(invitees)).mapToObj(index -> _getFormattedRow(invitees, index)))
                    .anySatisfy(row -> assertThat(row).contains("Jens Thomsen").anyMatch(cell -> cell.endsWith("efter fristen, ikke afgjort")))
                    .anySatisfy(row -> assertThat(row).contains("William Friis", "Intet svar inden fristen (Ikke åbnet)"));
        } finally {
            clock.reset();
        }
    }

    @Test
    void anInviteeReadsTheFormReadOnlyInTheEnginesRendererAndCommentsOnItsSectionsAndFieldsByTheirHeadings() {
        long id = sendThroughTheEditor("Høring: skemaet læses " + System.nanoTime());
        login("mette");
        navigate("hoering/" + id);
        var document = _get(com.vaadin.flow.component.details.Details.class, spec -> spec.withId("hearing-document"));
        assertThat(document.getElement().getTextRecursively()).contains("Faglighed og værdi for patienten");
        var renderer = _get(document, dk.ngc.skema.forms.ui.FormRenderer.class);
        // Every field (not the items inside a group of checkboxes, which the group makes read-only).
        List<com.vaadin.flow.component.Component> fields = com.github.mvysny.kaributesting.v10.LocatorJ._find(renderer,
                        com.vaadin.flow.component.Component.class).stream()
                .filter(component -> component instanceof com.vaadin.flow.component.HasValue<?, ?>)
                .filter(component -> !(component.getParent().orElse(null) instanceof com.vaadin.flow.component.HasValue<?, ?>))
                .toList();
        assertThat(fields).isNotEmpty();
        assertThat(fields).filteredOn(field -> !((com.vaadin.flow.component.HasValue<?, ?>) field).isReadOnly())
                .extracting(field -> field.getClass().getSimpleName() + " " + field.getElement().getProperty("label", "")).isEmpty();

        long mine = hearings.hearing(id).mine().getFirst().id();
        @SuppressWarnings("unchecked")
        Select<AnchorChoices.Choice> about = _get(Select.class, spec -> spec.withId("comment-about-" + mine + "-1"));
        List<AnchorChoices.Choice> choices = about.getListDataView().getItems().toList();
        assertThat(choices).extracting(AnchorChoices.Choice::kind).contains(AnchorKind.GENERAL, AnchorKind.SECTION, AnchorKind.FIELD);
        assertThat(choices).filteredOn(choice -> choice.kind() == AnchorKind.SECTION)
                .anySatisfy(choice -> assertThat(choice.label()).contains("Faglighed og værdi for patienten"));
    }
}
