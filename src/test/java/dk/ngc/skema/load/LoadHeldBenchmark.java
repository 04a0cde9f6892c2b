package dk.ngc.skema.load;

import dk.ngc.skema.Application;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.apache.catalina.session.ManagerBase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 11, "load held": many simulated people on Skema at once for minutes, each in their own browserless tab
 * ({@link FlowTab}) over loopback — nominators filing (start a nomination, type into its title about once a second,
 * the browser's autosave poll), working-group members rating their share of a round's nominations, NGC reading the
 * inbox — then they leave, their sessions expire, and the heap after a full GC is compared with the heap before they
 * came. Prints per action p50 / p95 / p99 and the errors (with the first reasons), the heap at start, peak and
 * after, the sessions, the load average and the CPU of the app and of MariaDB. No timing assertions.
 *
 * <p>System properties: {@code load.users} (200), {@code load.seconds} (600, the load window including the ramp-up),
 * {@code load.type.millis} (1000, between keystrokes), {@code load.think.millis} (3000, a rater's or reader's pause
 * between steps), {@code load.typing.seconds} (45, how long one nomination is typed into), {@code load.nominations}
 * (72, the round under assessment, as round 1), {@code load.pool.timeout.millis} (0: Skema's own, 3 s). Everything
 * stops by itself: the users at the end of the window, any still running at the window + {@link #STOP_MARGIN} are
 * cancelled, and the app is closed. The heap is this JVM's: the app's and the driver's (whose client is shut down
 * before the heap after is taken).
 */
@Tag("benchmark")
class LoadHeldBenchmark {

    private static final int USERS = Integer.getInteger("load.users", 200);
    private static final int SECONDS = Integer.getInteger("load.seconds", 600);
    private static final long TYPE_MILLIS = Long.getLong("load.type.millis", 1000);
    private static final long THINK_MILLIS = Long.getLong("load.think.millis", 3000);
    private static final int TYPING_SECONDS = Integer.getInteger("load.typing.seconds", 45);
    private static final int NOMINATIONS = Integer.getInteger("load.nominations", 72);
    /** When set, the connection pool's wait for a connection (Skema's embedded pool: 3 s); 0 leaves Skema's. */
    private static final long POOL_TIMEOUT_MILLIS = Long.getLong("load.pool.timeout.millis", 0);
    /** The sessions' timeout: the people leave without logging out, and their sessions must go by themselves. */
    private static final Duration SESSION_TIMEOUT = Duration.ofMinutes(1);
    /** How long the users get to finish their step after the window, before they are cancelled. */
    private static final Duration STOP_MARGIN = Duration.ofSeconds(90);
    /** The longest wait for an autosave to be shown written after the last keystroke (the poll is every 5 s). */
    private static final Duration AUTOSAVE_PATIENCE = Duration.ofSeconds(30);
    private static final String TITLE_LABEL = "Patientgruppens titel";
    private static final Pattern RESPONSE_ROUTE = Pattern.compile("besvarelse/(\\d+)");
    private static final Pattern ROW_KEY = Pattern.compile("\"key\"\\s*:\\s*\"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private enum Kind { NOMINATOR, RATER, INBOX }

    /** One simulated person: who logs in, what they do, and (raters) which nominations are theirs alone to rate. */
    private record User(int number, Kind kind, String username, List<Long> share) {
    }

    /** A draft a nominator typed into: what its title must hold once they have left. */
    private record Typed(String username, long responseId, String text) {
    }

    private final ActionTimes times = new ActionTimes();
    private final ActionTimes warmUpTimes = new ActionTimes();
    private final Map<Long, Typed> typed = new ConcurrentHashMap<>();
    private final AtomicInteger nominationsStarted = new AtomicInteger();
    private final AtomicInteger ratingsSaved = new AtomicInteger();
    private final AtomicInteger usersActive = new AtomicInteger();
    private HttpClient http;
    private URI base;

    @Test
    void loadHeld() throws Exception {
        Instant began = Instant.now();
        var report = new StringBuilder();
        System.out.println("LoadHeldBenchmark: " + USERS + " users for " + SECONDS + " s; load average " + loadAverage());
        var app = new SpringApplicationBuilder(Application.class).run("--server.port=0", "--server.address=127.0.0.1",
                "--skema.db.embedded-dir=target/load-db/" + UUID.randomUUID(), "--skema.db.embedded-server-dir=target/test-db/server",
                "--skema.demo.enabled=false", "--server.servlet.session.timeout=" + SESSION_TIMEOUT.toSeconds() + "s",
                // Development mode only: Vaadin's component tracker (for Copilot) keeps a Throwable for every component
                // created and attached, in weak maps whose stale entries go only when the map is next used. Production
                // mode tracks nothing; with it on, the heap after the users left held ~35,000 such Throwables (~117 MB
                // for 20 users × 60 s) and every component cost a stack walk.
                "--vaadin.devmode.componentTracker.enabled=false");
        ExecutorService users = Executors.newVirtualThreadPerTaskExecutor();
        try {
            var pool = app.getBean(javax.sql.DataSource.class).unwrap(com.zaxxer.hikari.HikariDataSource.class);
            if (POOL_TIMEOUT_MILLIS > 0) {
                // Skema's embedded pool gives up after 3 s (so that closing is quick); under overload that reads as
                // "the database does not answer". This asks how the load fares when a busy pool is waited for.
                pool.getHikariConfigMXBean().setConnectionTimeout(POOL_TIMEOUT_MILLIS);
            }
            line(report, "connection pool: %d connections, waits at most %d ms for one", pool.getMaximumPoolSize(), pool.getConnectionTimeout());
            var data = new LoadData(app);
            Instant seeding = Instant.now();
            List<Long> submitted = data.roundUnderAssessment(NOMINATIONS);
            data.openRound();
            line(report, "seeded %d submitted nominations and an open round in %d s", submitted.size(),
                    Duration.between(seeding, Instant.now()).toSeconds());
            base = URI.create("http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort() + "/");
            http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();
            ManagerBase sessions = sessionManager(app);

            // Warm-up: one of each kind once through every step (class loading, JIT, caches), then their sessions go.
            warmUp(submitted);
            warmConnector(people(submitted).size());
            for (Session session : sessions.findSessions()) {
                session.expire();
            }
            long heapStart = heapAfterFullGc();
            Map<String, long[]> histogramStart = histogram();
            line(report, "warm-up done (%d round trips, %d errors); heap after full GC at start: %s", warmUpTimes.roundTrips(),
                    warmUpTimes.errors(), mb(heapStart));
            if (warmUpTimes.errors() > 0) {
                report.append(warmUpTimes.table());
            }

            // The load: users start spread over the ramp-up and work until the window ends.
            List<User> people = people(submitted);
            Duration ramp = Duration.ofSeconds(Math.min(60, SECONDS / 4));
            Instant start = Instant.now();
            Instant end = start.plusSeconds(SECONDS);
            Duration cpuAppBefore = cpu(ProcessHandle.current());
            Duration cpuDbBefore = cpuOfDatabase();
            for (User person : people) {
                long delay = ramp.toMillis() * person.number() / Math.max(1, people.size());
                users.submit(() -> live(person, start.plusMillis(delay), end));
            }
            line(report, "load: %d users (%s), ramp-up %d s, window %d s, typing every %d ms, think %d ms; load average %s",
                    people.size(), mix(people), ramp.toSeconds(), SECONDS, TYPE_MILLIS, THINK_MILLIS, loadAverage());

            long heapPeak = -1;
            int sessionsPeak = 0;
            long heapUsedMax = 0;
            String loadPeak = "";
            Instant peakAt = start.plusMillis(SECONDS * 800L);
            Instant nextStatus = start.plusSeconds(30);
            while (Instant.now().isBefore(end)) {
                Thread.sleep(1000);
                sessionsPeak = Math.max(sessionsPeak, sessions.getActiveSessions());
                heapUsedMax = Math.max(heapUsedMax, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                if (heapPeak < 0 && !Instant.now().isBefore(peakAt)) {
                    // All users active: one full GC in the middle of the load (a pause the users feel once).
                    loadPeak = loadAverage();
                    heapPeak = heapAfterFullGc();
                    line(report, "peak (%d s in, %d users active, %d sessions): heap after full GC %s; load average %s",
                            Duration.between(start, Instant.now()).toSeconds(), usersActive.get(), sessions.getActiveSessions(), mb(heapPeak), loadPeak);
                }
                if (!Instant.now().isBefore(nextStatus)) {
                    nextStatus = nextStatus.plusSeconds(60);
                    System.out.printf(Locale.ROOT, "  %4d s: %d users active, %d sessions, %d round trips, %d errors, heap used %s, load average %s%n",
                            Duration.between(start, Instant.now()).toSeconds(), usersActive.get(), sessions.getActiveSessions(),
                            times.roundTrips(), times.errors(), mb(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed()), loadAverage());
                }
            }
            String loadAtEnd = loadAverage();
            users.shutdown();
            if (!users.awaitTermination(STOP_MARGIN.toSeconds(), TimeUnit.SECONDS)) {
                line(report, "%d users still busy %d s after the window: cancelled", usersActive.get(), STOP_MARGIN.toSeconds());
                users.shutdownNow();
                users.awaitTermination(30, TimeUnit.SECONDS);
            }
            Duration window = Duration.between(start, Instant.now());
            Duration cpuApp = cpu(ProcessHandle.current()).minus(cpuAppBefore);
            Duration cpuDb = cpuOfDatabase().minus(cpuDbBefore);

            // Nothing typed may be lost: each draft's title as stored is the last text typed into it.
            int lost = 0;
            for (Typed draft : typed.values()) {
                String stored = data.storedText(draft.username(), draft.responseId(), "patientGroupTitle");
                if (!stored.equals(draft.text())) {
                    lost++;
                    times.error("typed text kept", "response " + draft.responseId() + " holds \"" + stored + "\", last typed \"" + draft.text() + "\"");
                }
            }

            // The people have left (closed their tabs, no logout): their browsers' connections go (the driver's
            // client and its buffers are in this heap too), and their sessions expire by the timeout.
            http.shutdownNow();
            http.awaitTermination(Duration.ofSeconds(10));
            Instant left = Instant.now();
            Instant expiryDeadline = left.plus(SESSION_TIMEOUT).plusSeconds(90);
            while (sessions.getActiveSessions() > 0 && Instant.now().isBefore(expiryDeadline)) {
                Thread.sleep(5000);
                // Tomcat looks for expired sessions once a minute; ask it now (the timeout itself is not shortened).
                sessions.processExpires();
            }
            int sessionsLeft = sessions.getActiveSessions();
            Thread.sleep(2000);
            long heapAfter = heapAfterFullGc();
            Map<String, long[]> histogramAfter = histogram();
            String grown = grownClasses(histogramStart, histogramAfter, 15);

            long requests = times.roundTrips();
            line(report, "");
            line(report, "=== LoadHeldBenchmark: %d users, %d s window (%d s with the finish), %d round trips (%.1f/s), %d errors ===",
                    people.size(), SECONDS, window.toSeconds(), requests, requests / Math.max(1.0, window.toMillis() / 1000.0), times.errors());
            line(report, "mix %s; nominations started %d, drafts checked %d (lost %d), ratings saved %d", mix(people),
                    nominationsStarted.get(), typed.size(), lost, ratingsSaved.get());
            report.append(times.table());
            line(report, "heap after full GC: start %s, peak %s (used at most %s without GC), after %s (%d s after the users left, %d sessions left); after/start %.2f",
                    mb(heapStart), mb(heapPeak), mb(heapUsedMax), mb(heapAfter), Duration.between(left, Instant.now()).toSeconds(),
                    sessionsLeft, heapAfter / (double) heapStart);
            report.append("classes grown most from start to after (live objects after full GC):\n").append(grown);
            line(report, "left in the heap after (instances at start → after): %s", sessionClasses(histogramStart, histogramAfter));
            line(report, "sessions at most %d; CPU in the window: app JVM with the driver %.0f s, MariaDB %.0f s (%.2f s per 1,000 round trips together) on %d cores",
                    sessionsPeak, cpuApp.toMillis() / 1000.0, cpuDb.toMillis() / 1000.0,
                    (cpuApp.toMillis() + cpuDb.toMillis()) / Math.max(1.0, requests), Runtime.getRuntime().availableProcessors());
            line(report, "load average (1/5/15 min): at peak %s, at the end of the window %s, now %s; whole run %d s",
                    loadPeak, loadAtEnd, loadAverage(), Duration.between(began, Instant.now()).toSeconds());
            System.out.println(report);
            Path out = Path.of("target/load-held");
            Files.createDirectories(out);
            Files.writeString(out.resolve("report-" + USERS + "x" + SECONDS + "-" + began.toEpochMilli() + ".txt"), report);
        } finally {
            users.shutdownNow();
            if (http != null) {
                http.shutdownNow();
            }
            app.close();
        }
    }

    /** One of each kind through a short session of every step, timed apart from the load. */
    private void warmUp(List<Long> submitted) throws InterruptedException {
        Instant end = Instant.now().plusSeconds(20);
        var warm = List.of(new User(-1, Kind.NOMINATOR, "rasmus", List.of()), new User(-2, Kind.RATER, "william", List.of(submitted.getFirst())),
                new User(-3, Kind.INBOX, "nina", List.of()));
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (User person : warm) {
                executor.submit(() -> live(person, Instant.now(), end));
            }
        }
        typed.clear();
        nominationsStarted.set(0);
        ratingsSaved.set(0);
    }

    /**
     * As many page requests at once as there will be users, twice: Tomcat keeps a processor with its buffers for
     * each request it has served at once (up to its thread count), so the heap at start holds what the load will
     * make it keep anyway, and the heap after is compared with like.
     */
    private void warmConnector(int concurrent) throws InterruptedException {
        for (int round = 0; round < 2; round++) {
            var ready = new java.util.concurrent.CountDownLatch(1);
            try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < concurrent; i++) {
                    executor.submit(() -> {
                        ready.await();
                        http.send(java.net.http.HttpRequest.newBuilder(base.resolve("/login")).timeout(Duration.ofSeconds(60)).build(),
                                java.net.http.HttpResponse.BodyHandlers.discarding());
                        return null;
                    });
                }
                ready.countDown();
            }
        }
    }

    /** The mix: two in five file, two in five rate, one in five reads the inbox; raters each get their own nominations. */
    private static List<User> people(List<Long> submitted) {
        List<String> nominators = List.copyOf(new java.util.TreeSet<>(LoadData.NOMINATORS.keySet()));
        List<String> members = LoadData.MEMBERS;
        List<Kind> kinds = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            kinds.add(switch (i % 5) {
                case 0, 1 -> Kind.NOMINATOR;
                case 2, 3 -> Kind.RATER;
                default -> Kind.INBOX;
            });
        }
        // Raters per member name, so that each simulated rater of the same member gets a share nobody else rates.
        Map<String, Integer> ratersOf = new LinkedHashMap<>();
        int raters = 0;
        for (Kind kind : kinds) {
            if (kind == Kind.RATER) {
                ratersOf.merge(members.get(raters++ % members.size()), 1, Integer::sum);
            }
        }
        ratersOf.values().forEach(count -> {
            if (count > submitted.size()) {
                throw new IllegalStateException(count + " raters of one member but only " + submitted.size() + " nominations; raise load.nominations");
            }
        });
        List<User> people = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        int nominatorCount = 0;
        raters = 0;
        for (int i = 0; i < kinds.size(); i++) {
            switch (kinds.get(i)) {
                case NOMINATOR -> people.add(new User(i, Kind.NOMINATOR, nominators.get(nominatorCount++ % nominators.size()), List.of()));
                case RATER -> {
                    String member = members.get(raters++ % members.size());
                    int index = seen.merge(member, 1, Integer::sum) - 1;
                    int of = ratersOf.get(member);
                    List<Long> share = new ArrayList<>();
                    for (int n = index; n < submitted.size(); n += of) {
                        share.add(submitted.get(n));
                    }
                    people.add(new User(i, Kind.RATER, member, share));
                }
                case INBOX -> people.add(new User(i, Kind.INBOX, "nina", List.of()));
            }
        }
        return people;
    }

    /** One person's visit: log in, work until the window ends, leave (the tab closes; no logout). A trouble starts them over. */
    private void live(User person, Instant from, Instant end) {
        ActionTimes record = person.number() < 0 ? warmUpTimes : times;
        try {
            sleepUntil(from);
            usersActive.incrementAndGet();
            try {
                while (Instant.now().isBefore(end)) {
                    var tab = new FlowTab(http, base);
                    try {
                        record.time("login", () -> tab.logInAs(person.username()));
                        while (Instant.now().isBefore(end)) {
                            switch (person.kind()) {
                                case NOMINATOR -> file(tab, person, record, end);
                                case RATER -> rate(tab, person, record, end);
                                case INBOX -> readInbox(tab, record, end);
                            }
                        }
                    } catch (InterruptedException e) {
                        throw e;
                    } catch (Exception counted) {
                        // Counted as the action's error by ActionTimes; a person would reload and log in again.
                        try {
                            tab.close();
                        } catch (IOException ignored) {
                            // The tab is gone either way.
                        }
                        Thread.sleep(2000);
                    }
                }
            } finally {
                usersActive.decrementAndGet();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            record.error("driver", e.toString());
        }
    }

    /** A nominator: the nominations page, start a nomination, type its title about once a second with the autosave poll, leave it. */
    private void file(FlowTab tab, User person, ActionTimes record, Instant end) throws Exception {
        record.time("open nominations", () -> tab.open("indstillinger"));
        think(THINK_MILLIS);
        int[] field = new int[1];
        record.time("start nomination", () -> {
            tab.click(tab.requireNodeWithId("start-nomination"));
            field[0] = tab.nodeLabelled(TITLE_LABEL).orElseThrow(() -> new FlowTab.TroubleSeen("no field labelled " + TITLE_LABEL
                    + " after starting a nomination (at " + tab.navigatedTo() + ")"));
        });
        nominationsStarted.incrementAndGet();
        Matcher route = RESPONSE_ROUTE.matcher(tab.navigatedTo());
        long responseId = route.find() ? Long.parseLong(route.group(1)) : -1;
        String event = tab.listenedEvents(field[0]).contains("input") ? "input" : "change";
        var poll = new PollTimer(tab);
        String text = "Lasttest " + person.number() + "." + nominationsStarted.get() + " ";
        int prefixLength = text.length();
        Instant typingUntil = min(Instant.now().plusSeconds(TYPING_SECONDS), end);
        Instant nextKey = Instant.now().plusMillis(jitter(TYPE_MILLIS));
        while (Instant.now().isBefore(typingUntil)) {
            Instant next = poll.next().isBefore(nextKey) ? poll.next() : nextKey;
            sleepUntil(next);
            if (poll.due()) {
                record.time("autosave poll", tab::poll);
                poll.polled();
            } else {
                text += (char) ('a' + ThreadLocalRandom.current().nextInt(26));
                String value = text;
                record.time("type", () -> tab.enter(field[0], JSON.writeValueAsString(value), event));
                poll.afterRequest();
                nextKey = Instant.now().plusMillis(jitter(TYPE_MILLIS));
            }
        }
        if (responseId > 0 && text.length() > prefixLength) {
            typed.put(responseId, new Typed(person.username(), responseId, text));
        }
        // A pause: the browser goes on polling until the server says the draft is written (it stops the poll).
        Instant patience = Instant.now().plus(AUTOSAVE_PATIENCE);
        while (tab.pollMillis() > 0 && Instant.now().isBefore(patience)) {
            sleepUntil(poll.next());
            record.time("autosave poll", tab::poll);
            poll.polled();
        }
        if (tab.pollMillis() > 0) {
            record.error("autosave shown", "still polling " + AUTOSAVE_PATIENCE.toSeconds() + " s after the last keystroke (response " + responseId + ")");
        }
        think(THINK_MILLIS);
        record.time("close tab", tab::close);
    }

    /** A working-group member: the assessment page, then for each of their own nominations declare, rate, comment, save. */
    private void rate(FlowTab tab, User person, ActionTimes record, Instant end) throws Exception {
        record.time("open assessment", () -> tab.open("vurdering"));
        for (long id : person.share()) {
            if (!Instant.now().isBefore(end)) {
                break;
            }
            think(THINK_MILLIS);
            record.time("open card", () -> tab.set(tab.requireNodeWithId("assess-" + id), "opened", "true", "opened-changed"));
            think(THINK_MILLIS);
            record.time("declare impartial", () -> tab.enter(tab.requireNodeWithId("impartiality-" + id), "\"1\"", "value-changed"));
            think(THINK_MILLIS);
            String grade = ThreadLocalRandom.current().nextBoolean() ? "\"1\"" : "\"2\"";
            record.time("choose rating", () -> tab.enter(tab.requireNodeWithId("rating-" + id), grade, "value-changed"));
            think(THINK_MILLIS);
            String comment = "Vurdering af " + id + " kl. " + Instant.now();
            record.time("comment", () -> tab.enter(tab.requireNodeWithId("professionalism-" + id), JSON.writeValueAsString(comment), "change"));
            think(THINK_MILLIS);
            record.time("save rating", () -> {
                tab.click(tab.requireNodeWithId("save-" + id));
                if (!tab.lastBody().contains("Din vurdering er gemt.")) {
                    throw new FlowTab.TroubleSeen("saving the rating of " + id + " did not say it was saved: "
                            + tab.lastBody().substring(0, Math.min(300, tab.lastBody().length())));
                }
            });
            ratingsSaved.incrementAndGet();
        }
        think(THINK_MILLIS);
        record.time("close tab", tab::close);
    }

    /** NGC: the front page, the inbox, the next page of rows, one nomination's details, back to the top. */
    private void readInbox(FlowTab tab, ActionTimes record, Instant end) throws Exception {
        record.time("open home", () -> tab.open(""));
        think(THINK_MILLIS);
        record.time("open inbox", () -> tab.navigate("indstillinger/indbakke"));
        List<String> keys = keys(tab.lastBody());
        think(THINK_MILLIS);
        record.time("inbox rows", () -> tab.callServer(tab.requireNodeWithId("inbox-grid"), "setViewportRange", "[50,50]"));
        keys.addAll(keys(tab.lastBody()));
        think(THINK_MILLIS);
        if (!keys.isEmpty() && Instant.now().isBefore(end)) {
            String key = keys.get(ThreadLocalRandom.current().nextInt(keys.size()));
            record.time("inbox details", () -> tab.callServer(tab.requireNodeWithId("inbox-grid"), "select", JSON.writeValueAsString(List.of(key))));
            think(THINK_MILLIS);
        }
        record.time("inbox rows", () -> tab.callServer(tab.requireNodeWithId("inbox-grid"), "setViewportRange", "[0,50]"));
        think(THINK_MILLIS);
        record.time("close tab", tab::close);
    }

    /**
     * The Flow client's poll timer: it fires every poll interval from when the server set it, whatever else the page
     * sends, and stops when the server sets -1.
     */
    private static final class PollTimer {
        private final FlowTab tab;
        private int interval;
        private Instant next = Instant.MAX;

        PollTimer(FlowTab tab) {
            this.tab = tab;
            afterRequest();
        }

        Instant next() {
            return next;
        }

        boolean due() {
            return !Instant.now().isBefore(next);
        }

        void polled() {
            if (interval > 0 && tab.pollMillis() == interval) {
                next = next.plusMillis(interval);
                if (next.isBefore(Instant.now())) {
                    next = Instant.now().plusMillis(interval);
                }
            } else {
                afterRequest();
            }
        }

        /** A response may have set, changed or stopped the poll. */
        void afterRequest() {
            int now = tab.pollMillis();
            if (now != interval) {
                interval = now;
                next = now > 0 ? Instant.now().plusMillis(now) : Instant.MAX;
            }
        }
    }

    private static List<String> keys(String body) {
        List<String> keys = new ArrayList<>();
        Matcher matcher = ROW_KEY.matcher(body);
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }

    private static ManagerBase sessionManager(ConfigurableApplicationContext app) {
        var tomcat = ((TomcatWebServer) ((WebServerApplicationContext) app).getWebServer()).getTomcat();
        return (ManagerBase) ((Context) tomcat.getHost().findChildren()[0]).getManager();
    }

    /** Heap used after full collections (the least of three, a moment apart, so that finalisation and reference processing settle). */
    private static long heapAfterFullGc() throws InterruptedException {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
            least = Math.min(least, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return least;
    }

    /** The live objects per class after a full GC (the JVM's class histogram): class → {instances, bytes}. */
    private static Map<String, long[]> histogram() {
        Map<String, long[]> classes = new LinkedHashMap<>();
        try {
            String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            Matcher row = Pattern.compile("(?m)^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)").matcher(text);
            while (row.find()) {
                classes.merge(row.group(3), new long[] {Long.parseLong(row.group(1)), Long.parseLong(row.group(2))},
                        (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
            }
        } catch (javax.management.JMException e) {
            classes.put("(no class histogram: " + e + ")", new long[] {0, 0});
        }
        return classes;
    }

    /** What a session holds, counted in two histograms: were the sessions, their UIs and views let go? */
    private static String sessionClasses(Map<String, long[]> before, Map<String, long[]> after) {
        var out = new java.util.StringJoiner(", ");
        for (String name : List.of("org.apache.catalina.session.StandardSession", "com.vaadin.flow.spring.SpringVaadinSession",
                "com.vaadin.flow.component.UI", "com.vaadin.flow.internal.StateTree", "com.vaadin.flow.internal.StateNode",
                "dk.ngc.skema.forms.ui.ResponseView", "dk.ngc.skema.assessment.ui.AssessmentView",
                "dk.ngc.skema.nomination.ui.NominationInboxView", "dk.ngc.skema.nomination.ui.NominationsView")) {
            out.add(name.substring(name.lastIndexOf('.') + 1) + " " + before.getOrDefault(name, new long[2])[0] + " → "
                    + after.getOrDefault(name, new long[2])[0]);
        }
        return out.toString();
    }

    /** The classes whose live bytes grew most between two histograms, one a line. */
    private static String grownClasses(Map<String, long[]> before, Map<String, long[]> after, int count) {
        var out = new StringBuilder();
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), new long[] {e.getValue()[0] - before.getOrDefault(e.getKey(), new long[2])[0],
                        e.getValue()[1] - before.getOrDefault(e.getKey(), new long[2])[1]}))
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
                .limit(count)
                .forEach(e -> out.append(String.format(Locale.ROOT, "  %+10.1f kB %+9d  %s%n", e.getValue()[1] / 1e3, e.getValue()[0], e.getKey())));
        return out.toString();
    }

    private static Duration cpu(ProcessHandle process) {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** CPU of the embedded MariaDB (a child process of this JVM). */
    private static Duration cpuOfDatabase() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().command().map(c -> c.contains("mysqld") || c.contains("mariadbd")).orElse(false))
                .map(LoadHeldBenchmark::cpu).reduce(Duration.ZERO, Duration::plus);
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " / " + parts[1] + " / " + parts[2];
        } catch (IOException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static String mix(List<User> people) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        people.forEach(p -> counts.merge(p.kind().name().toLowerCase(Locale.ROOT) + " " + p.username(), 1, Integer::sum));
        return counts.toString();
    }

    private static String mb(long bytes) {
        return bytes < 0 ? "-" : String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    private static void line(StringBuilder report, String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        System.out.println(text);
        report.append(text).append('\n');
    }

    private static long jitter(long millis) {
        return millis <= 0 ? 0 : millis * 3 / 4 + ThreadLocalRandom.current().nextLong(millis / 2 + 1);
    }

    private static void think(long millis) throws InterruptedException {
        Thread.sleep(jitter(millis));
    }

    private static void sleepUntil(Instant when) throws InterruptedException {
        long millis = Duration.between(Instant.now(), when).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
