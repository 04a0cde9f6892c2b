package dk.ngc.skema.network;

import dk.ngc.skema.forms.definition.CriteriaNode;
import dk.ngc.skema.forms.definition.PatientFacts;
import dk.ngc.skema.testsupport.Samples;
import dk.ngc.skema.testsupport.ServiceTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The eligibility checker over all indications of a group: 15 indications whose criteria trees are by turns the pilot's
 * rare-disease tree (23 nodes), a mid-sized tree (15 nodes, ANY and AT LEAST 2 groups, an age) and the small heart tree
 * (3 nodes), approved into the directory through the services, checked for patients ticked at random (60 % of the
 * criteria, an age and an IQ). Prints per-call median and p95 of EligibilityChecker.checkAll alone and of
 * DirectoryService.checkGroup (what the checker page calls: the directory read from the database, the group's
 * indications checked), first with only this group in the directory, then with 29 more groups of 15 (450 in all, as in
 * DirectoryBenchmark), with one indication's check as the reference. Target: under 50 ms per call. No
 * timing is asserted. The indications are withdrawn at the end.
 */
@Tag("benchmark")
class CheckerBenchmark extends ServiceTest {

    private static final int INDICATIONS = 15;
    private static final int PURE_WARMUPS = 5_000;
    private static final int PURE_RUNS = 2_000;
    private static final int SERVICE_WARMUPS = 20;
    private static final int SERVICE_RUNS = 100;
    private static final int OTHER_GROUPS = 29;

    @Autowired
    DirectoryService directory;
    @Autowired
    dk.ngc.skema.patientgroup.PatientGroupService catalogue;

    @Test
    void checkingAPatientAgainstAllFifteenIndicationsOfAGroup() {
        actAs("nina");
        String round = "BC" + Long.toString(System.currentTimeMillis() % 1_000_000, 36).toUpperCase(Locale.ROOT);
        String group = catalogue.addSelected("Checkerbenchmark", "Checker benchmark", round, LocalDate.of(2022, 1, 1));
        List<IndicationRecord> records = new ArrayList<>();
        List<IndicationRecord> others = new ArrayList<>();
        for (int i = 0; i < INDICATIONS; i++) {
            records.add(directory.approve(BenchmarkIndications.draft(group, i)));
        }
        try {
            List<CriteriaNode> trees = records.stream().map(IndicationRecord::criteria).toList();
            List<PatientFacts> patients = BenchmarkIndications.patients(1_000, trees, 20210209L);
            int nodes = trees.stream().mapToInt(CheckerBenchmark::count).sum();
            long eligible = patients.stream().mapToLong(p -> EligibilityChecker.checkAll(records, p).stream().filter(EligibilityChecker.Result::eligible).count()).sum();
            System.out.printf(Locale.ROOT, "CheckerBenchmark: %d indications, %d criteria nodes in all; %d patients, %.1f indications met per patient on average%n",
                    records.size(), nodes, patients.size(), eligible / (double) patients.size());

            IndicationRecord pilotLike = records.getFirst();
            double[] one = time(patients, PURE_WARMUPS, PURE_RUNS, p -> EligibilityChecker.check(pilotLike, p));
            double[] all = time(patients, PURE_WARMUPS, PURE_RUNS, p -> EligibilityChecker.checkAll(records, p));
            actAs("rasmus"); // a region user at the checker
            int inForce = directory.indications().size();
            double[] service = time(patients, SERVICE_WARMUPS, SERVICE_RUNS, p -> directory.checkGroup(group, p));
            assertThat(directory.checkGroup(group, patients.getFirst())).hasSize(INDICATIONS);

            // The same call with a directory as large as the directory benchmark's: 29 more groups of 15 (checkGroup reads all in force).
            actAs("nina");
            for (int g = 1; g < OTHER_GROUPS + 1; g++) {
                String other = catalogue.addSelected("Checkerbenchmark " + g, "Checker benchmark " + g, round, LocalDate.of(2022, 1, 1));
                for (int i = 0; i < INDICATIONS; i++) {
                    others.add(directory.approve(BenchmarkIndications.draft(other, g * INDICATIONS + i)));
                }
            }
            actAs("rasmus");
            int inForceLarge = directory.indications().size();
            double[] serviceLarge = time(patients, SERVICE_WARMUPS, SERVICE_RUNS, p -> directory.checkGroup(group, p));

            print("EligibilityChecker.checkAll, 15 indications", all, PURE_RUNS, "target < 50 ms");
            print("reference: EligibilityChecker.check, 1 indication (pilot tree)", one, PURE_RUNS, "");
            print("DirectoryService.checkGroup (" + inForce + " indications in force)", service, SERVICE_RUNS, "target < 50 ms");
            print("DirectoryService.checkGroup (" + inForceLarge + " indications in force)", serviceLarge, SERVICE_RUNS, "target < 50 ms");
            System.out.printf(Locale.ROOT, "CheckerBenchmark: ratios of medians: checkAll / one check %.1fx, checkGroup / checkAll %.0fx%n",
                    Samples.median(all) / Samples.median(one), Samples.median(service) / Samples.median(all));
        } finally {
            actAs("nina");
            records.forEach(record -> directory.withdraw(record.code(), "Benchmark slut"));
            others.forEach(record -> directory.withdraw(record.code(), "Benchmark slut"));
        }
    }

    /** Microseconds per call, each call with the next patient; a call must answer (so the JIT cannot drop it). */
    private static double[] time(List<PatientFacts> patients, int warmups, int runs, Function<PatientFacts, Object> check) {
        int[] next = {0};
        return Samples.sorted(warmups, runs, () -> {
            PatientFacts patient = patients.get(next[0]++ % patients.size());
            long start = System.nanoTime();
            Object answer = check.apply(patient);
            double micros = (System.nanoTime() - start) / 1e3;
            assertThat(answer).isNotNull();
            return micros;
        });
    }

    private static void print(String what, double[] sortedMicros, int runs, String target) {
        System.out.printf(Locale.ROOT, "CheckerBenchmark: %-62s per call median %9.1f µs, p95 %9.1f µs over %d calls after warm-up %s%n", what,
                Samples.median(sortedMicros), Samples.p95(sortedMicros), runs, target.isEmpty() ? "" : "(" + target + ")");
    }

    private static int count(CriteriaNode node) {
        return node instanceof CriteriaNode.Group group ? 1 + group.children().stream().mapToInt(CheckerBenchmark::count).sum() : 1;
    }
}
