package dk.ngc.skema.hearing;

import dk.ngc.skema.base.NotFound;
import dk.ngc.skema.security.CurrentUser;
import dk.ngc.skema.security.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** A PDF or DOCX uploaded for the hearing ({@link HearingService#uploadFile}): comments name a page or paragraph. */
@Component
class UploadedFileSource implements DocumentSource {

    static final String NAME = "file";

    private final HearingFileRepository files;
    private final CurrentUser currentUser;

    UploadedFileSource(HearingFileRepository files, CurrentUser currentUser) {
        this.files = files;
        this.currentUser = currentUser;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    @Transactional(readOnly = true)
    public SourcedDocument fetch(String reference) {
        currentUser.require(Role.NGC);
        HearingFile file = files.findById(FormVersionSource.id(reference))
                .orElseThrow(() -> new NotFound("hearing.error.noDocument", reference));
        return new SourcedDocument(DocumentKind.FILE, file.fileName, file.fileName, List.of(), null, null, file.toDocumentFile());
    }
}
