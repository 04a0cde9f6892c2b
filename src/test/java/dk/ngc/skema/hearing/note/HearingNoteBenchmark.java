package dk.ngc.skema.hearing.note;

import dk.ngc.skema.hearing.note.HearingNote.Accommodation;
import dk.ngc.skema.hearing.note.HearingNote.Group;
import dk.ngc.skema.hearing.note.HearingNote.Invitee;
import dk.ngc.skema.hearing.note.HearingNote.InviteeStatus;
import dk.ngc.skema.hearing.note.HearingNote.Point;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The note of a large hearing: 60 invitees, 500 comments in 25 sections, each answered, 80 changes. Prints the median
 * of several runs after a warm-up, as PDF and as DOCX (target: under 2 s each). No timing is asserted.
 */
@Tag("benchmark")
class HearingNoteBenchmark {

    private static final int RUNS = 7;

    static HearingNote largeNote() {
        Random random = new Random(12);
        String[] words = ("patientgruppe helgenomsekventering diagnostisk udbytte trioanalyse region selskab kriterier indikation "
                + "rekvisition fortolkning svarafgivelse specialistnetværk opfølgning patientperspektiv skøn usikkert nationalt "
                + "klinisk genetik børn voksne sjældne sygdomme MDT-konference æblegrød østers århus").split(" ");
        List<Invitee> invitees = new ArrayList<>();
        InviteeStatus[] statuses = InviteeStatus.values();
        for (int i = 0; i < 60; i++) {
            InviteeStatus status = statuses[i % statuses.length];
            invitees.add(new Invitee((i % 3 == 0 ? "Region " : i % 3 == 1 ? "Dansk Selskab for " : "Ærø ") + words[i % words.length] + " " + i,
                    status, status == InviteeStatus.NO_ANSWER ? null : LocalDate.of(2021, 3, 1 + i % 12)));
        }
        List<HearingNote.Change> changes = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            changes.add(new HearingNote.Change("chg-" + i, "Feltet »" + words[i % words.length] + "« hedder nu »" + sentence(random, words, 6) + "«."));
        }
        List<Group> groups = new ArrayList<>();
        Accommodation[] verdicts = Accommodation.values();
        int comment = 0;
        for (int g = 0; g < 25; g++) {
            List<Point> points = new ArrayList<>();
            for (int p = 0; p < 20; p++, comment++) {
                points.add(new Point(invitees.get(comment % 60).name(), sentence(random, words, 40 + random.nextInt(80)),
                        comment % 10 == 9 ? null : sentence(random, words, 20 + random.nextInt(40)),
                        comment % 10 == 9 ? null : verdicts[comment % verdicts.length], comment % 4 == 0 ? "chg-" + comment % 80 : null,
                        comment % 25 == 0));
            }
            groups.add(new Group(g == 0 ? null : "section" + g, g == 0 ? "" : "Afsnit " + g + ": " + words[g % words.length], points));
        }
        return new HearingNote("Høringsnotat: stor høring", "Indstillingsskema (version 1)", "Indstillingsskema (version 2)",
                LocalDate.of(2021, 2, 19), LocalDate.of(2021, 3, 10), invitees, groups, changes);
    }

    private static String sentence(Random random, String[] words, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(i == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
        }
        return out.append('.').toString();
    }

    @Test
    void largeHearingNoteAsPdfAndDocx() {
        HearingNote note = largeNote();
        assertThat(note.groups().stream().mapToInt(group -> group.points().size()).sum()).isEqualTo(500);
        System.out.println("=== Hearing note benchmark: 60 invitees, 500 comments, 80 changes; median of " + RUNS + " runs after one warm-up ===");
        measure("PDF ", note, HearingNotePdf::write);
        measure("DOCX", note, HearingNoteDocx::write);
    }

    private static void measure(String name, HearingNote note, Writer writer) {
        writer.write(note, Locale.of("da"), new ByteArrayOutputStream()); // warm-up
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] nanos = new long[RUNS];
        long[] cpu = new long[RUNS];
        int size = 0;
        for (int run = 0; run < RUNS; run++) {
            var out = new ByteArrayOutputStream();
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            writer.write(note, Locale.of("da"), out);
            cpu[run] = threads.getCurrentThreadCpuTime() - startCpu;
            nanos[run] = System.nanoTime() - start;
            size = out.size();
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        // The CPU time of the writing thread is printed too: on a shared machine the wall time mostly measures the queue.
        System.out.printf("%s  median %6.0f ms wall (min %4.0f, max %4.0f), %5.0f ms CPU;  size %,d bytes%n", name, nanos[RUNS / 2] / 1e6,
                nanos[0] / 1e6, nanos[RUNS - 1] / 1e6, cpu[RUNS / 2] / 1e6, size);
        assertThat(size).isPositive();
    }

    @FunctionalInterface
    private interface Writer {
        void write(HearingNote note, Locale locale, java.io.OutputStream out);
    }

}
