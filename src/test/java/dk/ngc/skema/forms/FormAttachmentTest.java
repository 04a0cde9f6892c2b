package dk.ngc.skema.forms;

import dk.ngc.skema.base.Messages;
import dk.ngc.skema.base.Refusal;
import dk.ngc.skema.forms.definition.Answers;
import dk.ngc.skema.forms.definition.Field;
import dk.ngc.skema.forms.definition.FieldType;
import dk.ngc.skema.forms.definition.FormDefinition;
import dk.ngc.skema.forms.definition.FormJson;
import dk.ngc.skema.forms.definition.LocalizedText;
import dk.ngc.skema.forms.definition.Section;
import dk.ngc.skema.testsupport.ServiceTest;
import dk.ngc.skema.testsupport.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An upload is taken for what its bytes are, not for its name or the type the browser claims. */
class FormAttachmentTest extends ServiceTest {

    private static final String PDF = "application/pdf";

    @Autowired
    FormService forms;

    private long response;

    @BeforeEach
    void aDraftWithFileFields() {
        actAs("nina");
        if (forms.allVersions().stream().noneMatch(version -> version.formKey().equals("bilag-indhold-test"))) {
            FormDefinition definition = new FormDefinition("bilag-indhold-test", null, new LocalizedText("Bilag", "Attachments"), null, List.of(
                    new Section("files", new LocalizedText("Bilag", "Attachments"), null, List.of(
                            Field.builder("protocol", FieldType.FILE).label("Protokol", "Protocol").allowedTypes(PDF, ".pdf").build(),
                            Field.builder("letter", FieldType.FILE).label("Brev", "Letter").allowedTypes(".pdf", ".docx").build(),
                            Field.builder("anything", FieldType.FILE).label("Andet", "Other").build()), null, false)));
            forms.publish(forms.importDefinition(FormJson.writeDefinition(definition)).id());
        }
        actAs("rasmus");
        response = forms.startManagedResponse("bilag-indhold-test", Answers.empty()).id();
    }

    private Map<String, Object> store(String field, String name, String claimedType, byte[] content) {
        return forms.storeAttachment(response, field, name, claimedType, content);
    }

    private void refused(String field, String name, String claimedType, byte[] content, String key) {
        assertThatThrownBy(() -> store(field, name, claimedType, content)).as(name)
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void aRealPdfIsTakenAndStoredWithTheTypeItsContentShowsNotTheClaimedOne() {
        var entry = store("protocol", "protokol.pdf", "application/octet-stream", TestFiles.pdf());
        assertThat(entry).containsEntry("type", PDF).containsEntry("size", (long) TestFiles.pdf().length);
        var file = forms.attachment(response, ((Number) entry.get("id")).longValue());
        assertThat(file.content()).isEqualTo(TestFiles.pdf());
        assertThat(file.contentType()).isEqualTo(PDF);
    }

    @Test
    void aProgramIsRefusedWhateverItIsCalledAndWhateverTheBrowserSays() {
        refused("protocol", "faktura.pdf", PDF, TestFiles.exe(), "forms.error.fileProgram");
        refused("protocol", "faktura.pdf", PDF, TestFiles.elf(), "forms.error.fileProgram");
        refused("anything", "installer.exe", "application/octet-stream", TestFiles.exe(), "forms.error.fileProgram");
        refused("anything", "tool", "application/octet-stream", TestFiles.elf(), "forms.error.fileProgram");
    }

    @Test
    void contentThatDoesNotFitTheNameIsRefusedAndSaysWhatTheContentIs() {
        refused("protocol", "rapport.pdf", PDF, "Bare noget tekst".getBytes(StandardCharsets.UTF_8), "forms.error.fileMismatch");
        refused("anything", "foto.png", "image/png", new byte[]{1, 2, 3}, "forms.error.fileMismatch");
        refused("letter", "brev.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", TestFiles.pdf(),
                "forms.error.fileMismatch");
        Refusal refusal = catchRefusal(() -> store("protocol", "rapport.pdf", PDF, TestFiles.png()));
        assertThat(Messages.get(Locale.of("da"), refusal.messageKey(), refusal.arguments()))
                .isEqualTo("Filen rapport.pdf blev afvist, fordi indholdet ikke passer til filnavnet (indholdet er af typen image/png).");
    }

    @Test
    void anEmptyFileIsRefused() {
        refused("protocol", "tom.pdf", PDF, new byte[0], "forms.error.fileEmpty");
        Refusal refusal = catchRefusal(() -> store("anything", "tom.txt", "text/plain", new byte[0]));
        assertThat(Messages.get(Locale.of("da"), refusal.messageKey(), refusal.arguments())).isEqualTo("Filen tom.txt er tom og blev ikke vedhæftet.");
    }

    @Test
    void aWordDocumentIsRecognisedAndAFieldsAllowedTypesAreCheckedAgainstTheContent() {
        assertThat(store("letter", "brev.docx", "application/octet-stream", TestFiles.docx()))
                .containsEntry("type", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        refused("protocol", "brev.docx", PDF, TestFiles.docx(), "forms.error.fileType");
        // A PDF without an extension is still a PDF; a text file named without one is not.
        assertThat(store("protocol", "scannet-dokument", "application/octet-stream", TestFiles.pdf())).containsEntry("type", PDF);
        refused("protocol", "noter", PDF, "noter".getBytes(StandardCharsets.UTF_8), "forms.error.fileType");
        assertThat(store("anything", "noter.txt", "text/plain", "Æblegrød med fløde".getBytes(StandardCharsets.UTF_8)))
                .containsEntry("type", "text/plain");
    }

    @Test
    void aLargeFileIsStreamedFromDiskIntoTheDatabaseWithItsChecksum(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path large = dir.resolve("stor.pdf");
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (OutputStream out = Files.newOutputStream(large)) {
            byte[] header = TestFiles.pdf();
            out.write(header);
            sha.update(header);
            byte[] block = new byte[1024 * 1024];
            for (int i = 0; i < 6; i++) {
                java.util.Arrays.fill(block, (byte) ('a' + i));
                out.write(block);
                sha.update(block);
            }
        }
        var entry = forms.storeAttachment(response, "protocol", "stor.pdf", PDF, FormAttachmentSource.of(large));
        assertThat(entry).containsEntry("size", Files.size(large)).containsEntry("sha256", HexFormat.of().formatHex(sha.digest()));
        var file = forms.attachment(response, ((Number) entry.get("id")).longValue());
        try (InputStream stored = new DigestInputStream(new java.io.ByteArrayInputStream(file.content()), MessageDigest.getInstance("SHA-256"))) {
            stored.transferTo(OutputStream.nullOutputStream());
            assertThat(HexFormat.of().formatHex(((DigestInputStream) stored).getMessageDigest().digest())).isEqualTo(entry.get("sha256"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Refusal catchRefusal(Runnable action) {
        try {
            action.run();
        } catch (Refusal refusal) {
            return refusal;
        }
        throw new AssertionError("not refused");
    }
}
