package dk.ngc.skema.qualification;

import dk.ngc.skema.base.FileJob;
import dk.ngc.skema.base.FileJobs;
import dk.ngc.skema.security.CurrentUser;
import dk.ngc.skema.security.SkemaUser;
import org.springframework.stereotype.Service;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.UUID;

/**
 * The case presentation as a PDF, written off the request thread ({@link FileJobs}): {@link #start} reads the
 * presentation as the user may read it (NGC the working version, the steering group the released one) and queues the
 * writing; the view polls {@link #progress}. Only the one who started a job sees it.
 */
@Service
public class CasePresentationFiles {

    private final QualificationService service;
    private final CurrentUser currentUser;
    private final FileJobs fileJobs;

    CasePresentationFiles(QualificationService service, CurrentUser currentUser, FileJobs fileJobs) {
        this.service = service;
        this.currentUser = currentUser;
        this.fileJobs = fileJobs;
    }

    /** Starts writing the round's case presentation as a PDF; poll {@link #progress(UUID)} with the id returned. */
    public FileJob start(long roundId, Locale locale) {
        SkemaUser user = currentUser.require();
        CasePresentation presentation = service.casePresentation(roundId);
        return fileJobs.start(user.username(), "qualification.error.caseFailed", percent ->
                new FileJobs.File("sagsfremstilling-" + presentation.roundCode() + ".pdf", "application/pdf", pdf(presentation, locale)));
    }

    public FileJob progress(UUID job) {
        return fileJobs.progress(job, currentUser.require().username());
    }

    /** The PDF at once, on this thread (for tests). */
    public byte[] render(long roundId, Locale locale) {
        return pdf(service.casePresentation(roundId), locale);
    }

    private static byte[] pdf(CasePresentation presentation, Locale locale) {
        var out = new ByteArrayOutputStream();
        CasePresentationPdf.write(presentation, locale, out);
        return out.toByteArray();
    }
}
