package dk.ngc.skema.forms.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.communication.UidlWriter;
import dk.ngc.skema.forms.definition.Answers;
import dk.ngc.skema.forms.definition.FormJson;
import dk.ngc.skema.round.RoundState;
import dk.ngc.skema.testsupport.KaribuTest;
import dk.ngc.skema.testsupport.TestClock;
import dk.ngc.skema.testsupport.TestRounds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Skema's form engine against the hand-built reference form ({@link ReferenceNominationForm}, the one of
 * {@code ../shared/tools/baseline-app}) in the same JVM and run, printed as ratios; never asserted against a clock.
 *
 * <ul>
 *   <li>Per edit: a value typed into a text field, once a (test-clock) second as a person types, handled as a request
 *   would be: the value change, validation, autosave (Skema: into the embedded MariaDB, at most every
 *   {@link ResponseView#WRITE_EVERY}), and the UIDL response written. CPU time of the handling thread, wall time, and
 *   bytes sent; {@value #EDITS} edits per repetition, {@value #REPETITIONS} repetitions, median of the repetition
 *   medians and their spread (min–max).</li>
 *   <li>Per session: heap retained by {@value #KEPT} forms built, attached and sent, after full GCs;
 *   {@value #REPETITIONS} repetitions, median and spread.</li>
 * </ul>
 * The database runs in this JVM's child process, so its CPU is not in the per-edit figure: the fewer writes are,
 * see {@code ../shared/tools/session-memory/LoadDriver.java} for app and database together over HTTP.
 * Run: {@code ./mvnw test -Dsurefire.excludedGroups=browser -Dgroups=benchmark}
 */
@Tag("benchmark")
@org.springframework.test.context.TestPropertySource(properties = "skema.autosave.background=true")
class FormTypingBenchmark extends KaribuTest {

    private static final int EDITS = 100;
    private static final int REPETITIONS = 7;
    private static final int KEPT = 10;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    @Autowired
    TestClock clock;
    @Autowired
    TestRounds testRounds;
    @Autowired
    FormRendererFactory factory;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** One repetition's figures per edit: CPU µs, wall µs, bytes of the response. */
    private record Edits(double cpuMicros, double processCpuMicros, double wallMicros, double p95WallMicros, double bytes) {
    }

    @Test
    void printFigures() {
        Instant now = clock.instant();
        testRounds.ensure("KCL", "Karibu-ur", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)), RoundState.OPEN);
        login("rasmus");
        navigate("indstillinger");
        _click(_get(Button.class, spec -> spec.withId("start-nomination")));
        TextField skemaTitle = _get(TextField.class, spec -> spec.withLabel("Patientgruppens titel"));

        List<Edits> skema = new ArrayList<>();
        List<Edits> reference = new ArrayList<>();
        for (int repetition = 0; repetition < REPETITIONS + 1; repetition++) {
            ResponseView view = _get(ResponseView.class);
            Edits s = edits(skemaTitle, "Arvelige hjertesygdomme " + repetition, () -> view.writeInFlight().join());
            UI.getCurrent().removeAll();
            var form = new ReferenceNominationForm();
            UI.getCurrent().add(form);
            new UidlWriter().createUidl(UI.getCurrent(), false);
            Edits r = edits(field(form, "Nominator name"), "Rasmus Berg " + repetition, () -> { });
            UI.getCurrent().removeAll();
            UI.getCurrent().navigate("indstillinger");
            _click(_get(Button.class, spec -> spec.withId("start-nomination")));
            skemaTitle = _get(TextField.class, spec -> spec.withLabel("Patientgruppens titel"));
            if (repetition > 0) {
                // The first repetition warms the JIT up.
                skema.add(s);
                reference.add(r);
            }
        }
        System.out.println("=== Skema form engine vs hand-built reference, one JVM, one run ===");
        System.out.printf(Locale.ROOT, "per edit, %d edits x %d repetitions (median of medians [min-max]):%n", EDITS, REPETITIONS);
        line("  CPU µs", skema, reference, Edits::cpuMicros);
        line("  process CPU", skema, reference, Edits::processCpuMicros);
        line("  wall µs", skema, reference, Edits::wallMicros);
        line("  wall p95 µs", skema, reference, Edits::p95WallMicros);
        line("  bytes sent", skema, reference, Edits::bytes);

        var nomination = FormJson.loadDefinition("nomination-round-2.json");
        // As a draft is opened (section by section: the first built), and whole (read-only, printed: every section built).
        double[] skemaHeap = heap(() -> factory.createSectionBySection(nomination, Answers.empty(), null, Locale.of("da"), change -> { }));
        double[] skemaWholeHeap = heap(() -> factory.createWithChanges(nomination, Answers.empty(), null, Locale.of("da"), change -> { }));
        double[] referenceHeap = heap(ReferenceNominationForm::new);
        System.out.printf(Locale.ROOT, "per session heap, %d forms x %d repetitions: Skema nomination as opened %.1f kB [%.1f-%.1f], reference %.1f kB [%.1f-%.1f], ratio %.2f (target <= 1.0)%n",
                KEPT, REPETITIONS, median(skemaHeap), min(skemaHeap), max(skemaHeap),
                median(referenceHeap), min(referenceHeap), max(referenceHeap), median(skemaHeap) / median(referenceHeap));
        System.out.printf(Locale.ROOT, "per session heap: Skema nomination with every section built %.1f kB [%.1f-%.1f], ratio %.2f%n",
                median(skemaWholeHeap), min(skemaWholeHeap), max(skemaWholeHeap), median(skemaWholeHeap) / median(referenceHeap));
        assertThat(skema).hasSize(REPETITIONS);
    }

    private static TextField field(Component root, String label) {
        return com.github.mvysny.kaributesting.v10.LocatorJ._get(root, TextField.class, spec -> spec.withLabel(label));
    }

    /**
     * {@link #EDITS} values typed into the field a second apart, each handled and answered as one request. "CPU" is the
     * request's thread; "process CPU" is the whole JVM's from the keystroke until its background write (if any) is done
     * and shown, so that a write moved off the request is still counted (it includes GC and the JIT: noisier).
     */
    private Edits edits(TextField field, String prefix, Runnable awaitWrite) {
        double[] processCpu = new double[EDITS];
        double[] cpu = new double[EDITS];
        double[] wall = new double[EDITS];
        double[] bytes = new double[EDITS];
        UI ui = UI.getCurrent();
        new UidlWriter().createUidl(ui, false);
        for (int i = 0; i < EDITS; i++) {
            clock.advance(Duration.ofSeconds(1));
            long process0 = PROCESS.getProcessCpuTime();
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            _setValue(field, prefix + " " + i);
            String response = new UidlWriter().createUidl(ui, false).toString();
            wall[i] = (System.nanoTime() - wall0) / 1e3;
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e3;
            bytes[i] = response.length();
            // The second between two keystrokes: the write started (if any) ends, and the server shows its outcome.
            awaitWrite.run();
            ui.getSession().getService().runPendingAccessTasks(ui.getSession());
            processCpu[i] = (PROCESS.getProcessCpuTime() - process0) / 1e3;
        }
        double[] sortedWall = wall.clone();
        Arrays.sort(sortedWall);
        return new Edits(median(cpu), mean(processCpu), median(wall), sortedWall[(int) Math.ceil(0.95 * EDITS) - 1], median(bytes));
    }

    private static void line(String name, List<Edits> skema, List<Edits> reference, java.util.function.ToDoubleFunction<Edits> figure) {
        double[] s = skema.stream().mapToDouble(figure).toArray();
        double[] r = reference.stream().mapToDouble(figure).toArray();
        System.out.printf(Locale.ROOT, "%-14s Skema %9.1f [%.1f-%.1f]   reference %9.1f [%.1f-%.1f]   ratio %.2f%n",
                name, median(s), min(s), max(s), median(r), min(r), max(r), median(s) / median(r));
    }

    /** kB retained per form: {@link #KEPT} forms attached to the UI and sent, per repetition. */
    private static double[] heap(Supplier<? extends Component> build) {
        UI ui = UI.getCurrent();
        ui.removeAll();
        for (int warmup = 0; warmup < 3; warmup++) {
            ui.add(build.get());
            new UidlWriter().createUidl(ui, false);
            ui.removeAll();
            new UidlWriter().createUidl(ui, false);
        }
        double[] perForm = new double[REPETITIONS];
        // Repetition -1 settles the heap (what earlier work left behind is collected meanwhile) and is not counted.
        for (int repetition = -1; repetition < REPETITIONS; repetition++) {
            long before = usedHeap();
            List<Component> kept = new ArrayList<>();
            for (int i = 0; i < KEPT; i++) {
                Component form = build.get();
                kept.add(form);
                ui.add(form);
            }
            new UidlWriter().createUidl(ui, false);
            long after = usedHeap();
            if (repetition >= 0) {
                perForm[repetition] = (after - before) / (double) KEPT / 1024;
            }
            ui.removeAll();
            new UidlWriter().createUidl(ui, false);
            kept.clear();
        }
        return perForm;
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The mean: a write is one edit in five, and a median of the per-edit process CPU would leave it out. */
    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }
}
