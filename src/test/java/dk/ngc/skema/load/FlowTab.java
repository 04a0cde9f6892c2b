package dk.ngc.skema.load;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person's browser tab on Skema without a browser: the requests Vaadin Flow's client sends (the page, the UI's
 * init, then UIDL messages with the node changes and events), over plain HTTP to a loopback address only. It keeps
 * its own cookies (so each tab is its own session) and the part of the client's state tree a person's clicks need:
 * per node the attributes, properties and event listeners the server sent, so that "the button with id X" or "the
 * field labelled Y" can be found after the server has built the view.
 *
 * <p>Every round trip is checked as a person would notice trouble: an HTTP status of 400 or more, Vaadin's
 * {@code appError} or session expiry, a resynchronisation (the server lost track of this client), or one of Skema's
 * error notifications. Such a response throws {@link TroubleSeen}; the caller counts it.
 */
final class FlowTab {

    /** Thrown for a response in which a person would see that something went wrong; the message says what. */
    static final class TroubleSeen extends IOException {
        TroubleSeen(String what) {
            super(what);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    /** Texts of Skema's error notifications and autosave failures (Danish, the default language), as a person reads them. */
    private static final List<String> TROUBLE_TEXTS = List.of("Handlingen kunne ikke gennemføres", "Du har ikke adgang til denne handling",
            "Skema kan ikke nå sin database", "Skema har travlt", "Skema har mange brugere", "Ikke gemt", "Login er ikke muligt");
    /** What the Flow client reports about the browser when it asks for a UI; the server requires the parameter. */
    private static final String BROWSER_DETAILS = "{\"v-sh\":\"1080\",\"v-sw\":\"1920\",\"v-wh\":\"960\",\"v-ww\":\"1900\","
            + "\"v-bh\":\"960\",\"v-bw\":\"1900\",\"v-curdate\":\"%d\",\"v-tzo\":\"-60\",\"v-dstd\":\"60\",\"v-rtzo\":\"-60\","
            + "\"v-dston\":\"false\",\"v-tzid\":\"Europe/Copenhagen\",\"v-wn\":\"%s\",\"v-td\":\"false\",\"v-pr\":\"1\","
            + "\"v-np\":\"Linux x86_64\",\"v-cs\":\"\",\"v-tn\":\"lumo\"}";
    private static final String CLICK_DATA = "{\"event.shiftKey\":false,\"event.metaKey\":false,\"event.detail\":1,"
            + "\"event.ctrlKey\":false,\"event.clientX\":10,\"event.clientY\":10,\"event.altKey\":false,"
            + "\"event.button\":0,\"event.screenY\":10,\"event.screenX\":10}";
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http;
    private final URI base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    /** Per node: "feature:key" → the value last put (the client's state tree, as far as a person's actions need it). */
    private final Map<Integer, Map<String, JsonNode>> nodes = new HashMap<>();
    private String uiId = "";
    private String csrf = "";
    private int syncId;
    private int clientId;
    private int pollMillis = -1;
    private String lastBody = "";
    private String navigatedTo = "";

    /** A tab on {@code base}, which must be a loopback address: the load never leaves this machine. */
    FlowTab(HttpClient http, URI base) {
        this.http = http;
        this.base = base;
        try {
            if (!InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
                throw new IllegalArgumentException("The load stays on loopback; refused: " + base);
            }
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException("Unknown host " + base, e);
        }
    }

    /** Skema's development login: the login page's UI, a click on {@code login-<username>}; the login UI then goes, as on page unload. */
    void logInAs(String username) throws IOException, InterruptedException {
        open("login");
        String sessionBefore = cookies.getOrDefault("JSESSIONID", "");
        click(requireNodeWithId("login-" + username));
        if (sessionBefore.equals(cookies.getOrDefault("JSESSIONID", ""))) {
            throw new TroubleSeen("the login as " + username + " kept the session id (refused?)");
        }
        close();
    }

    /** Loads a page afresh (the address typed or reloaded): the shell, a new UI, and the server-side navigation to the route. */
    void open(String route) throws IOException, InterruptedException {
        nodes.clear();
        pollMillis = -1;
        HttpResponse<String> page = get(base.resolve("/" + route));
        check(page, "the page /" + route);
        HttpResponse<String> init = get(base.resolve("/?v-r=init&location=" + encode(route) + "&query=&v-browserDetails="
                + encode(BROWSER_DETAILS.formatted(System.currentTimeMillis(), "load-" + System.nanoTime()))));
        check(init, "the UI's init for /" + route);
        String body = init.body();
        uiId = first(UI_ID, body, "v-uiId");
        csrf = first(SECURITY_KEY, body, "Vaadin-Security-Key");
        syncId = intAfter(body, "\"syncId\"").orElse(0);
        clientId = intAfter(body, "\"clientId\"").orElse(0);
        navigate(route);
    }

    /** Navigation inside the page (a router link or the menu): the same UI, the server builds the new view. */
    void navigate(String route) throws IOException, InterruptedException {
        send("[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route
                + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}]");
    }

    void click(int node) throws IOException, InterruptedException {
        send("[{\"type\":\"event\",\"node\":" + node + ",\"event\":\"click\",\"data\":" + CLICK_DATA + "}]");
    }

    /** A value entered into a field: the property as the client synchronises it, then the DOM event that carries it. */
    void enter(int node, String valueJson, String event) throws IOException, InterruptedException {
        set(node, "value", valueJson, event);
    }

    /** A synchronised property the browser changed (e.g. a details' {@code opened}), with the event it is synced on. */
    void set(int node, String property, String valueJson, String event) throws IOException, InterruptedException {
        send("[{\"type\":\"mSync\",\"node\":" + node + ",\"feature\":1,\"property\":\"" + property + "\",\"value\":" + valueJson
                + "},{\"type\":\"event\",\"node\":" + node + ",\"event\":\"" + event + "\",\"data\":{}}]");
    }

    /** A call of the component's client-callable method, as its web component's connector makes it ({@code $server.method(args)}). */
    void callServer(int node, String method, String argumentsJson) throws IOException, InterruptedException {
        send("[{\"type\":\"publishedEventHandler\",\"node\":" + node + ",\"templateEventMethodName\":\"" + method
                + "\",\"templateEventMethodArgs\":" + argumentsJson + ",\"promise\":0}]");
    }

    /** The poll the client sends every {@link #pollMillis()} while the server asks for it. */
    void poll() throws IOException, InterruptedException {
        send("[{\"type\":\"event\",\"node\":1,\"event\":\"ui-poll\",\"data\":{}}]");
    }

    /** How often the server wants this UI polled; -1 when not. */
    int pollMillis() {
        return pollMillis;
    }

    /** The tab closes: the beacon a browser sends on page unload, after which the server removes the UI. */
    void close() throws IOException, InterruptedException {
        if (uiId.isEmpty()) {
            return;
        }
        HttpResponse<String> response = post("{\"csrfToken\":\"" + csrf + "\",\"rpc\":[],\"syncId\":" + syncId
                + ",\"clientId\":" + clientId + ",\"UNLOAD\":true}");
        uiId = "";
        nodes.clear();
        check(response, "closing the tab");
    }

    /** The newest node whose attribute {@code id} has this value (a view built again gets new nodes with the same id). */
    OptionalInt nodeWithId(String id) {
        return newestNode("3:id", id);
    }

    int requireNodeWithId(String id) throws TroubleSeen {
        return nodeWithId(id).orElseThrow(() -> new TroubleSeen("no element with id " + id + " on the page"));
    }

    /** The newest node whose property {@code label} has this text (a form field by its label). */
    OptionalInt nodeLabelled(String label) {
        return newestNode("1:label", label);
    }

    /** The value of property {@code name} of the node, as the server last sent it; empty when it sent none. */
    String property(int node, String name) {
        JsonNode value = nodes.getOrDefault(node, Map.of()).get("1:" + name);
        return value == null ? "" : value.asString("");
    }

    /** The DOM events the server listens to on this node. */
    List<String> listenedEvents(int node) {
        return nodes.getOrDefault(node, Map.of()).keySet().stream().filter(key -> key.startsWith("4:")).map(key -> key.substring(2)).toList();
    }

    /** Nodes whose property {@code name} has this value, oldest first. */
    List<Integer> nodesWithProperty(String name, String value) {
        return nodes.entrySet().stream().filter(entry -> {
            JsonNode v = entry.getValue().get("1:" + name);
            return v != null && value.equals(v.asString(null));
        }).map(Map.Entry::getKey).sorted().toList();
    }

    /** The body of the last UIDL response (for the JavaScript the server asked the client to run). */
    String lastBody() {
        return lastBody;
    }

    private OptionalInt newestNode(String featureKey, String value) {
        return nodes.entrySet().stream().filter(entry -> {
            JsonNode v = entry.getValue().get(featureKey);
            return v != null && value.equals(v.asString(null));
        }).mapToInt(Map.Entry::getKey).max();
    }

    private void send(String rpc) throws IOException, InterruptedException {
        HttpResponse<String> response = post("{\"csrfToken\":\"" + csrf + "\",\"rpc\":" + rpc + ",\"syncId\":" + syncId
                + ",\"clientId\":" + clientId + "}");
        check(response, "a UIDL message");
        String body = response.body().trim();
        if (body.startsWith("for(;;);")) {
            body = body.substring("for(;;);".length());
        }
        lastBody = body;
        JsonNode message = JSON.readTree(body);
        if (message.isArray()) {
            message = message.path(0);
        }
        if (message.path("meta").path("sessionExpired").asBoolean(false)) {
            throw new TroubleSeen("session expired");
        }
        if (message.path("meta").has("appError")) {
            throw new TroubleSeen("appError: " + message.path("meta").path("appError"));
        }
        if (message.path("resynchronize").asBoolean(false) || message.path("meta").path("resynchronize").asBoolean(false)) {
            throw new TroubleSeen("the server asked the client to resynchronise");
        }
        syncId = message.path("syncId").asInt(syncId);
        clientId = message.has("clientId") ? message.path("clientId").asInt() : clientId + 1;
        apply(message.path("changes"));
        for (String trouble : TROUBLE_TEXTS) {
            if (body.contains(trouble)) {
                throw new TroubleSeen("Skema said: " + excerptAround(body, trouble));
            }
        }
        List<int[]> confirmations = new ArrayList<>();
        for (JsonNode invocation : message.path("execute")) {
            String script = invocation.path(invocation.size() - 1).asString("");
            if (script.contains("$connector.confirm(") && invocation.size() >= 3 && invocation.path(0).has("@v-node")) {
                // A grid's or combo box's data update: its connector acknowledges it once applied, or the server keeps the
                // update's items (and their keys) waiting for the acknowledgement.
                confirmations.add(new int[] {invocation.path(0).path("@v-node").asInt(), invocation.path(1).asInt()});
            } else if (script.contains("'vaadin-navigate'") && invocation.size() >= 2) {
                navigatedTo = invocation.path(1).asString(navigatedTo);
            }
        }
        for (int[] confirmation : confirmations) {
            if (nodes.containsKey(confirmation[0])) {
                callServer(confirmation[0], "confirmUpdate", "[" + confirmation[1] + "]");
            }
        }
    }

    /** Where the server last sent the browser with a navigation of its own (e.g. {@code besvarelse/4} after starting a nomination). */
    String navigatedTo() {
        return navigatedTo;
    }

    /** The node changes of a response into the kept state tree; a detached node is forgotten. */
    private void apply(JsonNode changes) {
        for (JsonNode change : changes) {
            int node = change.path("node").asInt();
            switch (change.path("type").asString("")) {
                case "put" -> {
                    String key = change.path("feat").asInt() + ":" + change.path("key").asString();
                    nodes.computeIfAbsent(node, n -> new HashMap<>()).put(key, change.has("value") ? change.path("value") : change.path("nodeValue"));
                    if ("pollInterval".equals(change.path("key").asString(""))) {
                        pollMillis = change.path("value").asInt(-1);
                    }
                }
                case "remove" -> nodes.getOrDefault(node, new HashMap<>()).remove(change.path("feat").asInt() + ":" + change.path("key").asString());
                case "detach" -> nodes.remove(node);
                default -> nodes.computeIfAbsent(node, n -> new HashMap<>());
            }
        }
    }

    private HttpResponse<String> post(String payload) throws IOException, InterruptedException {
        return exchange(HttpRequest.newBuilder(base.resolve("/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(payload)));
    }

    /** A GET that follows redirects itself, so that the cookies set on the way stay with this tab. */
    private HttpResponse<String> get(URI address) throws IOException, InterruptedException {
        URI current = address;
        for (int hop = 0; hop < 5; hop++) {
            HttpResponse<String> response = exchange(HttpRequest.newBuilder(current).GET().header("Accept", "text/html,application/json,*/*"));
            if (response.statusCode() / 100 != 3) {
                return response;
            }
            URI next = current.resolve(response.headers().firstValue("location").orElseThrow());
            if (!next.getHost().equals(base.getHost()) || next.getPort() != base.getPort()) {
                throw new TroubleSeen("redirected away from loopback to " + next);
            }
            current = next;
        }
        throw new TroubleSeen("too many redirects from " + address);
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            StringJoiner header = new StringJoiner("; ");
            cookies.forEach((name, value) -> header.add(name + "=" + value));
            request.header("Cookie", header.toString());
        }
        HttpResponse<String> response = http.send(request.timeout(REQUEST_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        for (String setCookie : response.headers().allValues("set-cookie")) {
            String nameValue = setCookie.split(";", 2)[0];
            int equals = nameValue.indexOf('=');
            if (equals > 0) {
                String name = nameValue.substring(0, equals).trim();
                String value = nameValue.substring(equals + 1).trim();
                if (value.isEmpty() || setCookie.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
        }
        return response;
    }

    private static void check(HttpResponse<String> response, String what) throws TroubleSeen {
        if (response.statusCode() >= 400) {
            throw new TroubleSeen("HTTP " + response.statusCode() + " for " + what);
        }
    }

    private static String first(Pattern pattern, String body, String what) throws TroubleSeen {
        Matcher matcher = pattern.matcher(body);
        if (!matcher.find()) {
            throw new TroubleSeen("no " + what + " in the init response: " + body.substring(0, Math.min(200, body.length())));
        }
        return matcher.group(1);
    }

    private static OptionalInt intAfter(String body, String key) {
        Matcher matcher = Pattern.compile(Pattern.quote(key) + "\\s*:\\s*(-?\\d+)").matcher(body);
        return matcher.find() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
    }

    private static String excerptAround(String body, String text) {
        int at = body.indexOf(text);
        return body.substring(at, Math.min(body.length(), at + 120));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
