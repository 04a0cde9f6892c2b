package dk.ngc.skema.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;

/**
 * Files written off the request thread, for the one who asked: a feature's service checks access, reads what it needs
 * and hands the writing to {@link #start}; the view polls {@link #progress} and offers the file when it is done. A
 * finished file waits an hour to be fetched.
 */
@Service
public class FileJobs {

    private static final Logger log = LoggerFactory.getLogger(FileJobs.class);
    private static final Duration KEPT = Duration.ofHours(1);

    /** A file as written. */
    public record File(String name, String contentType, byte[] content) {
    }

    /** The writing; it may report how far it has come (0–100). */
    @FunctionalInterface
    public interface Work {
        File write(IntConsumer percent);
    }

    private record Job(String owner, Instant startedAt, FileJob progress) {
    }

    private final TaskExecutor executor;
    private final Clock clock;
    private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();

    FileJobs(@Qualifier("applicationTaskExecutor") TaskExecutor executor, Clock clock) {
        this.executor = executor;
        this.clock = clock;
    }

    /**
     * Queues the writing for {@code owner}; poll {@link #progress} with the job returned.
     *
     * @param failureKey the message key shown when the writing fails
     */
    public FileJob start(String owner, String failureKey, Work work) {
        Instant now = clock.instant();
        jobs.values().removeIf(job -> job.startedAt().plus(KEPT).isBefore(now));
        UUID id = UUID.randomUUID();
        FileJob queued = new FileJob(id, FileJob.Stage.QUEUED, 0, null, null, null, null);
        jobs.put(id, new Job(owner, now, queued));
        // The writing acts as the one who started it: the services it reads through check that person's access.
        executor.execute(new org.springframework.security.concurrent.DelegatingSecurityContextRunnable(() -> run(id, failureKey, work)));
        return queued;
    }

    /** How far the job is; only its owner sees it (to anyone else, and after an hour, it does not exist). */
    public FileJob progress(UUID job, String owner) {
        Job found = jobs.get(job);
        if (found == null || !found.owner().equals(owner)) {
            throw new NotFound("base.error.noFileJob");
        }
        return found.progress();
    }

    private void run(UUID id, String failureKey, Work work) {
        try {
            update(id, new FileJob(id, FileJob.Stage.WORKING, 5, null, null, null, null));
            File file = work.write(percent -> update(id, new FileJob(id, FileJob.Stage.WORKING, Math.clamp(percent, 0, 99), null, null, null, null)));
            update(id, new FileJob(id, FileJob.Stage.DONE, 100, file.name(), file.contentType(), file.content(), null));
        } catch (RuntimeException e) {
            log.warn("File job {} failed", id, e);
            update(id, new FileJob(id, FileJob.Stage.FAILED, 100, null, null, null, failureKey));
        }
    }

    private void update(UUID id, FileJob progress) {
        jobs.computeIfPresent(id, (key, job) -> new Job(job.owner(), job.startedAt(), progress));
    }
}
