package dk.ngc.skema.load;

import dk.ngc.skema.Application;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/** Temporary: dumps UIDL of the pages the load uses. */
@Tag("benchmark")
class ExploreUidlTest {

    @Test
    void dump() throws Exception {
        var app = new SpringApplicationBuilder(Application.class).run("--server.port=0", "--server.address=127.0.0.1",
                "--skema.db.embedded-dir=target/load-db/" + UUID.randomUUID(), "--skema.db.embedded-server-dir=target/test-db/server",
                "--skema.demo.enabled=false");
        try {
            var data = new LoadData(app);
            List<Long> ids = data.roundUnderAssessment(3);
            data.openRound();
            URI base = URI.create("http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort() + "/");
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();
            Path out = Path.of("target/load-explore");
            Files.createDirectories(out);

            var rasmus = new FlowTab(http, base);
            rasmus.logInAs("rasmus");
            rasmus.open("indstillinger");
            rasmus.click(rasmus.requireNodeWithId("start-nomination"));
            Files.writeString(out.resolve("rasmus-start.json"), rasmus.lastBody());
            int field = rasmus.nodeLabelled("Patientgruppens titel").orElseThrow();
            System.out.println("FIELD " + field + " events " + rasmus.listenedEvents(field));
            rasmus.enter(field, "\"Lasttest 1\"", "input");
            Files.writeString(out.resolve("rasmus-type1.json"), rasmus.lastBody());
            rasmus.enter(field, "\"Lasttest 2\"", "input");
            Files.writeString(out.resolve("rasmus-type2.json"), rasmus.lastBody());
            System.out.println("POLL " + rasmus.pollMillis());
            Thread.sleep(5200);
            rasmus.poll();
            Files.writeString(out.resolve("rasmus-poll.json"), rasmus.lastBody());
            System.out.println("POLL after " + rasmus.pollMillis());

            var william = new FlowTab(http, base);
            william.logInAs("william");
            william.open("vurdering");
            Files.writeString(out.resolve("william-open.json"), william.lastBody());
            long id = ids.getFirst();
            int impartiality = william.requireNodeWithId("impartiality-" + id);
            System.out.println("IMPARTIALITY " + impartiality + " events " + william.listenedEvents(impartiality));
            william.enter(impartiality, "\"1\"", "value-changed");
            Files.writeString(out.resolve("william-impartial.json"), william.lastBody());
            int rating = william.requireNodeWithId("rating-" + id);
            System.out.println("RATING " + rating + " events " + william.listenedEvents(rating));
            william.enter(rating, "\"1\"", "value-changed");
            int comment = william.requireNodeWithId("professionalism-" + id);
            System.out.println("COMMENT events " + william.listenedEvents(comment));
            william.enter(comment, "\"God\"", "change");
            william.click(william.requireNodeWithId("save-" + id));
            Files.writeString(out.resolve("william-save.json"), william.lastBody());

            var nina = new FlowTab(http, base);
            nina.logInAs("nina");
            nina.open("");
            nina.navigate("indstillinger/indbakke");
            Files.writeString(out.resolve("nina-inbox.json"), nina.lastBody());
            int grid = nina.requireNodeWithId("inbox-grid");
            nina.callServer(grid, "setViewportRange", "[0,50]");
            Files.writeString(out.resolve("nina-range.json"), nina.lastBody());
        } finally {
            app.close();
        }
    }
}
