package dev.lambdaobs.dashboardgen.preview;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Debian's headless Chromium, started with no network of its own, to render pages the way a
 * person would see them: the DOM after layout, and a screenshot.
 */
final class HeadlessChromium {
    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");

    private HeadlessChromium() {
    }

    static Optional<Path> find() {
        return CANDIDATES.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    /** Loads {@code page}, runs its scripts, and returns the resulting DOM. */
    static String dumpDom(Path chromium, Path page, Path profile) throws IOException, InterruptedException {
        return run(chromium, profile, "--dump-dom", page.toUri().toString());
    }

    /** Loads {@code page} and writes a PNG screenshot of it to {@code png}. */
    static void screenshot(Path chromium, Path page, Path profile, Path png) throws IOException, InterruptedException {
        run(chromium, profile, "--screenshot=" + png, "--window-size=1600,1200", page.toUri().toString());
    }

    private static String run(Path chromium, Path profile, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("chromium did not finish in 60 s");
        }
        return out;
    }
}
