package dk.ngc.skema.testsupport;

import java.util.Arrays;
import java.util.function.DoubleSupplier;

/** A benchmark's timing samples: warm-ups first, then the samples sorted, read as median and p95. */
public final class Samples {

    private Samples() {
    }

    /** Runs {@code sample} {@code warmups} times unrecorded, then {@code runs} times; the figures it returned, sorted. */
    public static double[] sorted(int warmups, int runs, DoubleSupplier sample) {
        for (int i = 0; i < warmups; i++) {
            sample.getAsDouble();
        }
        double[] figures = new double[runs];
        for (int i = 0; i < runs; i++) {
            figures[i] = sample.getAsDouble();
        }
        Arrays.sort(figures);
        return figures;
    }

    /** Times {@code work} in milliseconds, {@code runs} times after {@code warmups}; sorted. */
    public static double[] millis(int warmups, int runs, Runnable work) {
        return sorted(warmups, runs, () -> {
            long start = System.nanoTime();
            work.run();
            return millisSince(start);
        });
    }

    public static double millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    public static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    public static double p95(double[] sorted) {
        return sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
    }
}
