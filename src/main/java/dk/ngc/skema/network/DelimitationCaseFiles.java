package dk.ngc.skema.network;

import dk.ngc.skema.base.FileJob;
import dk.ngc.skema.base.FileJobs;
import dk.ngc.skema.base.Messages;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.forms.ResponseStatus;
import dk.ngc.skema.hearing.HearingNotes;
import dk.ngc.skema.security.CurrentUser;
import org.springframework.stereotype.Service;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * NGC's case presentation of a delimitation version to the steering group, as one PDF written off the request thread
 * ({@link FileJobs}): a cover with the version, its indications and their expected WGS per year, the consistency
 * warnings and the hearing's figures; then the recommendation (the filled-in delimitation form) and the hearing note
 * (every comment with NGC's answer). NGC and the steering group read it once the version has been heard
 * ({@link NetworkAccess#mayReadDelimitationCase}).
 */
@Service
public class DelimitationCaseFiles {

    private final DelimitationService delimitations;
    private final FormService forms;
    private final HearingNotes notes;
    private final CurrentUser currentUser;
    private final FileJobs fileJobs;

    DelimitationCaseFiles(DelimitationService delimitations, FormService forms, HearingNotes notes, CurrentUser currentUser, FileJobs fileJobs) {
        this.delimitations = delimitations;
        this.forms = forms;
        this.notes = notes;
        this.currentUser = currentUser;
        this.fileJobs = fileJobs;
    }

    /** Starts writing the case; poll {@link #progress(UUID)} with the id returned. Refused at once when the user may not read it. */
    public FileJob start(long delimitationId, Locale locale) {
        String owner = currentUser.require().username();
        DelimitationService.CaseParts parts = delimitations.caseParts(delimitationId);
        return fileJobs.start(owner, "delimitation.case.failed", percent -> {
            byte[] pdf = render(parts, locale, percent);
            return new FileJobs.File("sagsfremstilling-afgraensning-" + parts.version().networkId() + "-v" + parts.version().version() + ".pdf",
                    "application/pdf", pdf);
        });
    }

    public FileJob progress(UUID job) {
        return fileJobs.progress(job, currentUser.require().username());
    }

    /** The PDF at once, on this thread (for tests). */
    public byte[] render(long delimitationId, Locale locale) {
        return render(delimitations.caseParts(delimitationId), locale, percent -> { });
    }

    private byte[] render(DelimitationService.CaseParts parts, Locale locale, java.util.function.IntConsumer percent) {
        byte[] cover = DelimitationCasePdf.cover(parts, locale);
        percent.accept(20);
        byte[] recommendation = forms.responsePdf(parts.version().responseId(), locale, Map.of(
                ResponseStatus.DRAFT, Messages.get(locale, "forms.status.DRAFT"),
                ResponseStatus.SUBMITTED, Messages.get(locale, "forms.status.SUBMITTED")));
        percent.accept(50);
        byte[] note = notes.casePdf(Objects.requireNonNull(parts.version().hearingId()), locale);
        percent.accept(80);
        return DelimitationCasePdf.joined(locale, cover, recommendation, note);
    }
}
