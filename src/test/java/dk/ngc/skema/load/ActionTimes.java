package dk.ngc.skema.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The round trips of each action the simulated people take (filing, autosaving, rating, opening the inbox …), and
 * the errors per action with the first few of their reasons, from many threads at once; read as p50 / p95 / p99.
 */
final class ActionTimes {

    private static final int REASONS_KEPT = 5;

    private static final class Action {
        private final List<Long> nanos = new ArrayList<>();
        private final LongAdder errors = new LongAdder();
        private final List<String> reasons = new ArrayList<>();
        private final Map<String, AtomicLong> reasonCounts = new ConcurrentHashMap<>();
    }

    private final Map<String, Action> actions = new ConcurrentSkipListMap<>();

    /** Times one round trip of {@code action}; a failure is counted as the action's error and thrown on. */
    <T extends Exception> void time(String action, RoundTrip<T> roundTrip) throws T {
        long start = System.nanoTime();
        try {
            roundTrip.run();
        } catch (RuntimeException | Error e) {
            error(action, e.toString());
            throw e;
        } catch (Exception e) {
            error(action, e.getMessage() == null ? e.toString() : e.getMessage());
            throw e;
        } finally {
            long took = System.nanoTime() - start;
            Action times = actions.computeIfAbsent(action, a -> new Action());
            synchronized (times) {
                times.nanos.add(took);
            }
        }
    }

    /** A request (or a short exchange) that may throw. */
    @FunctionalInterface
    interface RoundTrip<T extends Exception> {
        void run() throws T;
    }

    void error(String action, String reason) {
        Action times = actions.computeIfAbsent(action, a -> new Action());
        times.errors.increment();
        // Reasons are counted by their first words, so "session expired" a thousand times is one line.
        String kind = reason.length() > 80 ? reason.substring(0, 80) : reason;
        times.reasonCounts.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
        synchronized (times) {
            if (times.reasons.size() < REASONS_KEPT) {
                times.reasons.add(reason);
            }
        }
    }

    long errors() {
        return actions.values().stream().mapToLong(a -> a.errors.sum()).sum();
    }

    long roundTrips() {
        return actions.values().stream().mapToLong(a -> {
            synchronized (a) {
                return a.nanos.size();
            }
        }).sum();
    }

    /** The table: per action the round trips, errors, p50 / p95 / p99 and the slowest, in milliseconds; then the errors' reasons. */
    String table() {
        var out = new StringBuilder(String.format(Locale.ROOT, "%-22s %9s %7s %9s %9s %9s %9s%n", "action", "requests", "errors",
                "p50 ms", "p95 ms", "p99 ms", "max ms"));
        actions.forEach((name, action) -> {
            long[] sorted;
            synchronized (action) {
                sorted = action.nanos.stream().mapToLong(Long::longValue).toArray();
            }
            Arrays.sort(sorted);
            out.append(String.format(Locale.ROOT, "%-22s %9d %7d %9.1f %9.1f %9.1f %9.1f%n", name, sorted.length, action.errors.sum(),
                    percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                    sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6));
        });
        actions.forEach((name, action) -> action.reasonCounts.forEach((reason, count) ->
                out.append(String.format(Locale.ROOT, "  error in %s ×%d: %s%n", name, count.get(), reason))));
        return out.toString();
    }

    /** The nearest-rank percentile in milliseconds. */
    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))] / 1e6;
    }
}
