package dk.ngc.skema.forms.ui;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.forms.definition.Answers;
import dk.ngc.skema.forms.definition.Field;
import dk.ngc.skema.forms.definition.FieldType;
import dk.ngc.skema.forms.definition.FormDefinition;
import dk.ngc.skema.forms.definition.FormJson;
import dk.ngc.skema.forms.definition.LocalizedText;
import dk.ngc.skema.forms.definition.Section;
import dk.ngc.skema.testsupport.KaribuTest;
import dk.ngc.skema.testsupport.TestFiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A file field as the respondent meets it: a refused file says why, in Danish, and is not listed as attached. */
class FileEditorKaribuTest extends KaribuTest {

    private static final FormDefinition FORM = new FormDefinition("bilag-ui-test", null, new LocalizedText("Bilag", "Attachments"), null,
            List.of(new Section("files", new LocalizedText("Bilag", "Attachments"), null, List.of(
                    Field.builder("protocol", FieldType.FILE).label("Protokol", "Protocol").allowedTypes("application/pdf", ".pdf")
                            .build()), null, false)));

    @Autowired
    FormService forms;
    @Autowired
    FormRendererFactory renderers;

    @Test
    void aRefusedUploadSaysWhyInDanishAndAnAcceptedOneIsListed() {
        login("nina");
        if (forms.allVersions().stream().noneMatch(version -> version.formKey().equals(FORM.key()))) {
            forms.publish(forms.importDefinition(FormJson.writeDefinition(FORM)).id());
        }
        login("rasmus");
        long response = forms.startManagedResponse(FORM.key(), Answers.empty()).id();
        List<Answers> changes = new ArrayList<>();
        FormRenderer renderer = renderers.create(FORM, Answers.empty(), response, Locale.of("da"), changes::add);
        UI.getCurrent().add(renderer);
        Upload upload = descendants(renderer).filter(Upload.class::isInstance).map(Upload.class::cast).findFirst().orElseThrow();

        // The widget's own texts are Danish too.
        assertThat(upload.getI18n().getAddFiles().getOne()).isEqualTo("Vælg fil …");
        assertThat(upload.getI18n().getDropFiles().getOne()).isEqualTo("Slip filen her");

        // A Windows program sent as a PDF.
        UploadKt._upload(upload, "faktura.pdf", "application/pdf", TestFiles.exe());
        assertThat(error(renderer)).isEqualTo("Filen faktura.pdf er et program og kan ikke vedhæftes.");
        // An empty file.
        UploadKt._upload(upload, "tom.pdf", "application/pdf", new byte[0]);
        assertThat(error(renderer)).isEqualTo("Filen tom.pdf er tom og blev ikke vedhæftet.");
        assertThat(renderer.getElement().getTextRecursively()).doesNotContain("faktura.pdf (", "tom.pdf (");
        assertThat(changes).isEmpty();

        // A real PDF is attached, listed, and the error goes away.
        UploadKt._upload(upload, "protokol.pdf", "application/octet-stream", TestFiles.pdf());
        assertThat(renderer.getElement().getTextRecursively()).contains("protokol.pdf (" + TestFiles.pdf().length + " B)");
        assertThat(descendants(renderer).filter(Span.class::isInstance).filter(span -> span.hasClassName("form-error"))
                .noneMatch(Component::isVisible)).isTrue();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> files = (List<Map<String, Object>>) changes.getLast().get("protocol");
        assertThat(files).singleElement().satisfies(file -> assertThat(file).containsEntry("name", "protokol.pdf")
                .containsEntry("type", "application/pdf"));
    }

    private static String error(Component root) {
        return descendants(root).filter(Span.class::isInstance).map(Span.class::cast).filter(span -> span.hasClassName("form-error"))
                .filter(Component::isVisible).map(Span::getText).findFirst().orElse(null);
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(FileEditorKaribuTest::descendants));
    }
}
