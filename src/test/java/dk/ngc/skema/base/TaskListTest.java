package dk.ngc.skema.base;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The order of "Mine opgaver": overdue first, then by deadline, then without one; what is only to know last. */
class TaskListTest {

    private static final Instant NOW = Instant.parse("2021-03-11T09:00:00Z");

    private static Instant days(long days) {
        return NOW.plus(Duration.ofDays(days));
    }

    private static List<String> texts(List<HomeTask> tasks) {
        return tasks.stream().map(HomeTask::text).toList();
    }

    @Test
    void overdueComeFirstThenByDeadlineThenThoseWithoutOneAndInfoAfterEveryToDo() {
        var tasks = List.of(
                HomeTask.info("round", "round open", "runder").due(days(30)),
                HomeTask.todo("assessment", "rate", "vurdering/1").left(3, 12),
                HomeTask.todo("nomination", "draft due in 5 days", "indstilling/1").due(days(5)),
                HomeTask.todo("hearing", "hearing overdue by 1 day", "hoering/1").due(days(-1)),
                HomeTask.info("assessment", "results released", null),
                HomeTask.todo("nomination", "confirm due tomorrow", "indstillinger").due(days(1)),
                HomeTask.todo("hearing", "hearing overdue by 9 days", "hoering/2").due(days(-9)));

        TaskList list = TaskList.of(tasks, NOW);

        assertThat(texts(list.todo())).containsExactly("hearing overdue by 9 days", "hearing overdue by 1 day",
                "confirm due tomorrow", "draft due in 5 days", "rate");
        assertThat(texts(list.info())).containsExactly("round open", "results released");
        assertThat(texts(list.all())).endsWith("rate", "round open", "results released");
        assertThat(list.openCount()).isEqualTo(5);
        assertThat(list.overdueCount()).isEqualTo(2);
    }

    @Test
    void aTaskIsOverdueOnlyAfterItsDeadlineAndNewsIsNeverOverdue() {
        HomeTask dueNow = HomeTask.todo("nomination", "due now", "indstilling/1").due(NOW);
        HomeTask news = HomeTask.info("round", "closed yesterday", null).due(days(-1));

        assertThat(dueNow.overdueAt(NOW)).isFalse();
        assertThat(dueNow.overdueAt(NOW.plusSeconds(1))).isTrue();
        assertThat(news.overdueAt(NOW)).isFalse();
        assertThat(TaskList.of(List.of(news), NOW).openCount()).isZero();
    }

    @Test
    void tasksThatTieKeepTheOrderTheFeaturesGaveThem() {
        var tasks = List.of(
                HomeTask.todo("assessment", "start the assessment of S2", "vurdering/resultater/2"),
                HomeTask.todo("assessment", "close the assessment of S1", "vurdering/resultater/1"),
                HomeTask.todo("nomination", "draft A", "indstilling/1").due(days(3)),
                HomeTask.todo("nomination", "draft B", "indstilling/2").due(days(3)));

        assertThat(texts(TaskList.of(tasks, NOW).todo()))
                .containsExactly("draft A", "draft B", "start the assessment of S2", "close the assessment of S1");
    }

    @Test
    void theShortFormOfTheFirstTaskListStillMeansToDoWithARouteAndToKnowWithout() {
        HomeTask withRoute = new HomeTask("Besvar høringen", "hoering/1");
        HomeTask withoutRoute = new HomeTask("Resultaterne er frigivet", null);

        assertThat(withRoute.isTodo()).isTrue();
        assertThat(withoutRoute.isTodo()).isFalse();
        assertThat(withRoute.deadline()).isNull();
        assertThat(withRoute.feature()).isEqualTo(HomeTask.GENERAL);
    }

    @Test
    void progressCannotLeaveMoreThanTheWhole() {
        assertThat(HomeTask.todo("assessment", "rate", "vurdering/1").left(3, 12).progress()).isEqualTo(new HomeTask.Progress(3, 12));
        assertThatThrownBy(() -> new HomeTask.Progress(13, 12)).isInstanceOf(IllegalArgumentException.class);
    }
}
