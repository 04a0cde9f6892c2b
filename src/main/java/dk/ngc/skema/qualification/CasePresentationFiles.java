package dk.ngc.skema.qualification;

import dk.ngc.skema.base.NotFound;
import dk.ngc.skema.security.CurrentUser;
import dk.ngc.skema.security.SkemaUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The case presentation as a PDF, written off the request thread: {@link #start} reads the presentation as the user
 * may read it (NGC the working version, the steering group the released one) and queues the writing; the view polls
 * {@link #progress}. Only the one who started a job sees it.
 */
@Service
public class CasePresentationFiles {

    private static final Logger log = LoggerFactory.getLogger(CasePresentationFiles.class);
    private static final Duration KEPT = Duration.ofHours(1);

    private final QualificationService service;
    private final CurrentUser currentUser;
    private final TaskExecutor executor;
    private final Clock clock;
    private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();

    private record Job(String owner, Instant startedAt, CaseProgress progress) {
    }

    CasePresentationFiles(QualificationService service, CurrentUser currentUser, @Qualifier("applicationTaskExecutor") TaskExecutor executor,
                          Clock clock) {
        this.service = service;
        this.currentUser = currentUser;
        this.executor = executor;
        this.clock = clock;
    }

    /** Starts writing the round's case presentation as a PDF; poll {@link #progress(UUID)} with the id returned. */
    public CaseProgress start(long roundId, Locale locale) {
        SkemaUser user = currentUser.require();
        CasePresentation presentation = service.casePresentation(roundId);
        Instant now = clock.instant();
        jobs.values().removeIf(job -> job.startedAt().plus(KEPT).isBefore(now));
        UUID id = UUID.randomUUID();
        CaseProgress queued = new CaseProgress(id, roundId, CaseProgress.Stage.QUEUED, 0, null, null, null);
        jobs.put(id, new Job(user.username(), now, queued));
        executor.execute(() -> write(id, user.username(), presentation, locale));
        return queued;
    }

    public CaseProgress progress(UUID job) {
        SkemaUser user = currentUser.require();
        Job found = jobs.get(job);
        if (found == null || !found.owner().equals(user.username())) {
            throw new NotFound("qualification.error.noCaseJob");
        }
        return found.progress();
    }

    /** The PDF at once, on this thread (for tests). */
    public byte[] render(long roundId, Locale locale) {
        return pdf(service.casePresentation(roundId), locale);
    }

    private void write(UUID id, String owner, CasePresentation presentation, Locale locale) {
        try {
            update(id, owner, new CaseProgress(id, presentation.roundId(), CaseProgress.Stage.WRITING, 30, null, null, null));
            byte[] content = pdf(presentation, locale);
            update(id, owner, new CaseProgress(id, presentation.roundId(), CaseProgress.Stage.DONE, 100,
                    "sagsfremstilling-" + presentation.roundCode() + ".pdf", content, null));
        } catch (RuntimeException e) {
            log.warn("Case presentation {} of round {} failed", id, presentation.roundId(), e);
            update(id, owner, new CaseProgress(id, presentation.roundId(), CaseProgress.Stage.FAILED, 100, null, null,
                    "qualification.error.caseFailed"));
        }
    }

    private void update(UUID id, String owner, CaseProgress progress) {
        jobs.computeIfPresent(id, (key, job) -> new Job(owner, job.startedAt(), progress));
    }

    private static byte[] pdf(CasePresentation presentation, Locale locale) {
        var out = new ByteArrayOutputStream();
        CasePresentationPdf.write(presentation, locale, out);
        return out.toByteArray();
    }
}
