package dk.ngc.skema.network.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import dk.ngc.skema.network.BenchmarkIndications;
import dk.ngc.skema.network.DirectoryService;
import dk.ngc.skema.network.IndicationRecord;
import dk.ngc.skema.network.NetworkService;
import dk.ngc.skema.patientgroup.PatientGroupService;
import dk.ngc.skema.testsupport.KaribuTest;
import dk.ngc.skema.testsupport.Samples;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dk.ngc.skema.testsupport.Samples.median;
import static dk.ngc.skema.testsupport.Samples.millisSince;
import static dk.ngc.skema.testsupport.Samples.p95;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The approved-indications directory (/indikationer), first render through Karibu: a fresh UI and session, login,
 * navigate, the grid's rows fetched as the browser asks for them (all rows are visible), one client round trip. With 30
 * groups of 15 approved indications each (criteria trees of 3, 15 and 23 nodes by turns), against the directory as this
 * run's database held it before they were added. Data through the services: the groups enter the catalogue
 * (PatientGroupService.addSelected, as the decision does), each gets a network (NetworkService.create) and its
 * indications are approved into the directory (DirectoryService.approve, what an approved delimitation ends in). Prints
 * median and p95 of 20 renders after warm-up, as NGC (who also sees the release form with the unreleased changes) and as
 * a region user. Target: under 300 ms. No timing is asserted. The indications are withdrawn at the end.
 */
@Tag("benchmark")
class DirectoryBenchmark extends KaribuTest {

    private static final int GROUPS = 30;
    private static final int INDICATIONS = 15;
    private static final int WARMUPS = 5;
    private static final int RUNS = 20;

    @Autowired
    DirectoryService directory;
    @Autowired
    NetworkService networks;
    @Autowired
    PatientGroupService catalogue;

    @Test
    void firstRenderOfTheDirectoryWithThirtyGroupsOfFifteenIndications() {
        login("nina");
        int before = directory.indications().size();
        double[] referenceNgc = renders("nina");
        double[] referenceRegion = renders("rasmus");

        login("nina");
        String round = "BD" + Long.toString(System.currentTimeMillis() % 1_000_000, 36).toUpperCase(Locale.ROOT);
        long started = System.nanoTime();
        List<IndicationRecord> approved = new ArrayList<>();
        for (int g = 0; g < GROUPS; g++) {
            String code = catalogue.addSelected("Benchmarkgruppe " + (g + 1), "Benchmark group " + (g + 1), round, LocalDate.of(2022, 1, 1));
            networks.create(code, "Benchmarknetværk " + (g + 1), "Benchmark network " + (g + 1), null, List.of("dsmg"));
            for (int i = 0; i < INDICATIONS; i++) {
                approved.add(directory.approve(BenchmarkIndications.draft(code, g * INDICATIONS + i)));
            }
        }
        System.out.printf(Locale.ROOT, "DirectoryBenchmark: setup %d groups, networks and %d indications through the services: %.0f ms%n",
                GROUPS, approved.size(), millisSince(started));
        try {
            int after = directory.indications().size();
            double[] ngc = renders("nina");
            assertThat(_size(_get(DirectoryView.class).grid)).isEqualTo(after);
            double[] region = renders("rasmus");
            print("NGC, " + after + " indications in force (" + approved.size() + " added)", ngc, "target < 300 ms");
            print("region user, " + after + " indications", region, "target < 300 ms");
            print("reference NGC, " + before + " indications before", referenceNgc, "");
            print("reference region user, " + before + " indications before", referenceRegion, "");
            System.out.printf(Locale.ROOT, "DirectoryBenchmark: ratio of medians against the directory before: NGC %.1fx, region user %.1fx "
                    + "(%d runs each after %d warm-ups)%n", median(ngc) / median(referenceNgc), median(region) / median(referenceRegion),
                    RUNS, WARMUPS);
        } finally {
            login("nina");
            approved.forEach(record -> directory.withdraw(record.code(), "Benchmark slut"));
        }
    }

    private double[] renders(String user) {
        return Samples.sorted(WARMUPS, RUNS, () -> render(user));
    }

    /** A new UI and session as a fresh page load would have; times navigation, the rows the browser would fetch, one round trip. */
    private double render(String user) {
        freshPage();
        login(user);
        long start = System.nanoTime();
        navigate("indikationer");
        DirectoryView view = _get(DirectoryView.class);
        view.grid.getDataCommunicator().setViewportRange(0, Math.max(1, _size(view.grid)));
        MockVaadin.clientRoundtrip(false);
        return millisSince(start);
    }

    private static void print(String what, double[] sorted, String target) {
        System.out.printf(Locale.ROOT, "DirectoryBenchmark: first render, %-55s median %7.1f ms, p95 %7.1f ms %s%n", what,
                median(sorted), p95(sorted), target.isEmpty() ? "" : "(" + target + ")");
    }
}
