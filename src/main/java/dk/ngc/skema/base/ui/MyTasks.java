package dk.ngc.skema.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import dk.ngc.skema.base.HomeTask;
import dk.ngc.skema.base.HomeTasks;
import dk.ngc.skema.base.TaskList;
import dk.ngc.skema.security.SkemaUser;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * The person's task list, asked of every feature's {@link HomeTasks} at most once per navigation: the
 * layout forgets the list when a navigation begins, the home page and the navigation's count then share
 * the one list made for it. A task the person finishes leaves the count at their next navigation.
 */
@Component
class MyTasks {

    private final List<HomeTasks> sources;
    private final Clock clock;

    MyTasks(List<HomeTasks> sources, Clock clock) {
        this.sources = sources;
        this.clock = clock;
    }

    /** Kept on the UI (one browser tab) between the start and the end of one navigation. */
    private record Made(String username, Locale locale, TaskList tasks) {
    }

    /** The list for this navigation, made on first use. */
    TaskList of(UI ui, SkemaUser user) {
        Locale locale = ui.getLocale();
        Made made = ComponentUtil.getData(ui, Made.class);
        if (made == null || !made.username().equals(user.username()) || !made.locale().equals(locale)) {
            made = new Made(user.username(), locale, collect(user, locale));
            ComponentUtil.setData(ui, Made.class, made);
        }
        return made.tasks();
    }

    /** A navigation begins: what was done since the last one must show. */
    void forget(UI ui) {
        ComponentUtil.setData(ui, Made.class, null);
    }

    /** Every feature's tasks, in the order of the features ({@code @Order}), then in reading order. */
    TaskList collect(SkemaUser user, Locale locale) {
        List<HomeTask> tasks = sources.stream().flatMap(source -> source.tasksFor(user, locale).stream()).toList();
        return TaskList.of(tasks, clock.instant());
    }
}
