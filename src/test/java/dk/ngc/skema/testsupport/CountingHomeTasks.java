package dk.ngc.skema.testsupport;

import dk.ngc.skema.base.HomeTask;
import dk.ngc.skema.base.HomeTasks;
import dk.ngc.skema.security.SkemaUser;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A task source in every test context that contributes nothing but counts how often the task list is
 * asked for, per user: the navigation's count must not ask every feature again on every page. Found by
 * component scanning on the test class path only, as {@link TestClock}.
 */
@Component
@Order(Integer.MAX_VALUE)
public class CountingHomeTasks implements HomeTasks {

    private final Map<String, AtomicInteger> asked = new ConcurrentHashMap<>();

    @Override
    public List<HomeTask> tasksFor(SkemaUser user, Locale locale) {
        asked.computeIfAbsent(user.username(), name -> new AtomicInteger()).incrementAndGet();
        return List.of();
    }

    /** How often the tasks of this user were collected since the last {@link #reset}. */
    public int asked(String username) {
        AtomicInteger count = asked.get(username);
        return count == null ? 0 : count.get();
    }

    public void reset() {
        asked.clear();
    }
}
