package dev.lambdaobs.dashboardgen.preview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's headless Chromium, started with no network of its own and a fresh profile, to render pages
 * the way a person would see them: the DOM after layout, a screenshot, the console messages the page
 * caused (a blocked script or request is one) and the requests the page itself made (from Chromium's
 * net log: those with the page as initiator, not Chromium's own background requests).
 */
final class HeadlessChromium {
    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The initiator Chromium's net log gives its own requests; a page's requests name the page's origin. */
    private static final String BROWSER_INITIATOR = "not an origin";
    private static final Pattern RENDER_MILLIS = Pattern.compile("data-render-millis=\"([0-9.]+)\"");

    /** What loading a page gave. */
    record PageLoad(String dom, List<String> consoleMessages, List<String> pageRequests) {
    }

    private HeadlessChromium() {
    }

    static Optional<Path> find() {
        return CANDIDATES.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    /** Loads {@code page} and returns the resulting DOM, the console messages and the page's own requests. */
    static PageLoad load(Path chromium, Path page, Path work) throws IOException, InterruptedException {
        Path netLog = work.resolve("net-log.json");
        Path stderr = work.resolve("chromium-stderr.txt");
        String dom = run(chromium, work.resolve("profile-load"), stderr, "--enable-logging=stderr", "--v=0",
                "--log-net-log=" + netLog, "--dump-dom", page.toUri().toString());
        List<String> console = Files.readAllLines(stderr).stream().filter(l -> l.contains(":CONSOLE")).toList();
        return new PageLoad(dom, console, pageRequests(netLog));
    }

    /**
     * The page's own time to render, measured by Chromium itself: from the start of its navigation
     * ({@code performance.now()}'s origin) to the whole document parsed, styled and laid out, so
     * Chromium's process start-up and the DOM dump are not counted. A copy of the page is measured,
     * without its Content-Security-Policy (which forbids the one script that reads the clock) and
     * with that script as the body's last element, where it forces the layout of everything before it.
     */
    static double renderMillis(Path chromium, Path page, Path work) throws IOException, InterruptedException {
        String probe = "<script>document.body.getBoundingClientRect();document.documentElement.dataset.renderMillis="
                + "performance.now().toFixed(1);</script>";
        Path copy = work.resolve("render-probe.html");
        Files.writeString(copy, Files.readString(page).replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "")
                .replace("</body>", probe + "</body>"));
        String dom = dumpDom(chromium, copy, work.resolve("profile-render"));
        Matcher millis = RENDER_MILLIS.matcher(dom);
        if (!millis.find()) {
            throw new IOException("chromium's DOM of " + copy + " has no render time (did the page load?)");
        }
        return Double.parseDouble(millis.group(1));
    }

    /** Loads {@code page} and returns the resulting DOM. */
    static String dumpDom(Path chromium, Path page, Path profile) throws IOException, InterruptedException {
        return run(chromium, profile, null, "--dump-dom", page.toUri().toString());
    }

    /** Loads {@code page} and writes a PNG screenshot of it to {@code png}. */
    static void screenshot(Path chromium, Path page, Path profile, Path png, int width, int height)
            throws IOException, InterruptedException {
        run(chromium, profile, null, "--screenshot=" + png, "--hide-scrollbars", "--window-size=" + width + "," + height,
                page.toUri().toString());
    }

    private static List<String> pageRequests(Path netLog) throws IOException {
        JsonNode log = JSON.readTree(netLog.toFile());
        Map<Integer, String> types = new HashMap<>();
        log.path("constants").path("logEventTypes").fields().forEachRemaining(e -> types.put(e.getValue().asInt(), e.getKey()));
        List<String> requests = new ArrayList<>();
        for (JsonNode event : log.path("events")) {
            JsonNode params = event.path("params");
            if ("URL_REQUEST_START_JOB".equals(types.get(event.path("type").asInt())) && params.has("url")
                    && !BROWSER_INITIATOR.equals(params.path("initiator").asText())) {
                requests.add(params.path("initiator").asText() + " -> " + params.path("url").asText());
            }
        }
        return requests;
    }

    private static String run(Path chromium, Path profile, Path stderr, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.redirectError(stderr == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(stderr.toFile()));
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("chromium did not finish in 60 s");
        }
        return out;
    }
}
