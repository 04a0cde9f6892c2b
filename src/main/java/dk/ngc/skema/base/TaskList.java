package dk.ngc.skema.base;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A person's tasks at one instant, in the order they should be read: to-dos whose deadline has passed
 * first (the longest overdue first), then the others by deadline, then those without a deadline; what is
 * only to know comes after every to-do, by deadline too. Ties keep the contributors' order, so a
 * feature's own order among equal tasks stands.
 *
 * @param todo what the person is to do, in that order
 * @param info what the person is only to know, in that order
 * @param now  the instant the list was made for, which decides what is overdue
 */
public record TaskList(List<HomeTask> todo, List<HomeTask> info, Instant now) {

    private static final Comparator<HomeTask> BY_DEADLINE_THEN_NONE =
            Comparator.comparing(HomeTask::deadline, Comparator.nullsLast(Comparator.naturalOrder()));

    public TaskList {
        todo = List.copyOf(todo);
        info = List.copyOf(info);
    }

    /** The tasks in reading order; a stream's sort is stable, so the contributors' order breaks ties. */
    public static TaskList of(Collection<HomeTask> tasks, Instant now) {
        Comparator<HomeTask> overdueFirst = Comparator.comparing(task -> !task.overdueAt(now));
        List<HomeTask> todo = tasks.stream().filter(HomeTask::isTodo).sorted(overdueFirst.thenComparing(BY_DEADLINE_THEN_NONE)).toList();
        List<HomeTask> info = tasks.stream().filter(task -> !task.isTodo()).sorted(BY_DEADLINE_THEN_NONE).toList();
        return new TaskList(todo, info, now);
    }

    /** Every task in reading order: the to-dos, then what is only to know. */
    public List<HomeTask> all() {
        return Stream.concat(todo.stream(), info.stream()).toList();
    }

    /** The number shown in the navigation: things to do, not news. */
    public int openCount() {
        return todo.size();
    }

    public long overdueCount() {
        return todo.stream().filter(task -> task.overdueAt(now)).count();
    }

    public boolean isOverdue(HomeTask task) {
        return task.overdueAt(now);
    }

    public boolean isEmpty() {
        return todo.isEmpty() && info.isEmpty();
    }
}
