package dk.ngc.skema.organisation;

import dk.ngc.skema.security.Role;
import dk.ngc.skema.security.SkemaLoginEvent;
import dk.ngc.skema.security.SkemaUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The same user logging in from several tabs or devices at once: every login goes through. */
@SpringBootTest
@ActiveProfiles("test")
class ConcurrentLoginTest {

    private static final int PARALLEL_LOGINS = 6;

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theFirstLoginsEverOfTheSameUserInParallelAllSucceed_withOnePersonAndOneNewOrganisation() throws Exception {
        var user = new SkemaUser("parallel-petra", "sub-petra", "Petra Samtidig", "petra@skema.example",
                Set.of(Role.REGION), List.of("/lvs/parallel-selskab"));

        assertThat(loginInParallel(user)).as("failed logins").isEmpty();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM person WHERE username = 'parallel-petra'", Integer.class)).isOne();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM organisation WHERE code = 'parallel-selskab'", Integer.class)).isOne();
    }

    @Test
    void laterParallelLoginsOfTheSameUserAllSucceed_andRecordTheLoginTime() throws Exception {
        var user = new SkemaUser("parallel-paul", "sub-paul", "Paul Samtidig", "paul@skema.example",
                Set.of(Role.LVS), List.of("/lvs/parallel-selskab-to"));
        events.publishEvent(new SkemaLoginEvent(user));
        jdbc.update("UPDATE person SET last_login_at = NULL WHERE username = 'parallel-paul'");

        for (int round = 0; round < 3; round++) {
            assertThat(loginInParallel(user)).as("failed logins in round " + round).isEmpty();
        }

        assertThat(jdbc.queryForObject("SELECT last_login_at FROM person WHERE username = 'parallel-paul'", Object.class)).isNotNull();
    }

    private List<Throwable> loginInParallel(SkemaUser user) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_LOGINS);
        try {
            var start = new CountDownLatch(1);
            List<Future<?>> logins = new ArrayList<>();
            for (int i = 0; i < PARALLEL_LOGINS; i++) {
                logins.add(pool.submit(() -> {
                    start.await();
                    events.publishEvent(new SkemaLoginEvent(user));
                    return null;
                }));
            }
            start.countDown();
            List<Throwable> failures = new ArrayList<>();
            for (Future<?> login : logins) {
                try {
                    login.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
            return failures;
        } finally {
            pool.shutdown();
        }
    }
}
