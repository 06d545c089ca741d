package dev.lambdaobs.dashboardgen;

import dev.lambdaobs.dashboardgen.generate.GenerationRequest;
import dev.lambdaobs.dashboardgen.generate.GenerationResult;
import dev.lambdaobs.dashboardgen.generate.Generator;
import dev.lambdaobs.dashboardgen.generate.Mode;
import dev.lambdaobs.dashboardgen.registry.MonitorRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Finds ../shared and the test resources, and runs the generator. */
final class TestSupport {
    static final Generator GENERATOR = new Generator(MonitorRegistry.standard());

    private TestSupport() {
    }

    /** The {@code lambdaobs.shared} system property, else ../../shared relative to the module directory. */
    static Path shared() {
        String property = System.getProperty("lambdaobs.shared");
        if (property != null && Files.isDirectory(Path.of(property))) {
            return Path.of(property);
        }
        Path fallback = Path.of("").toAbsolutePath().resolve("../../shared").normalize();
        if (!Files.isDirectory(fallback)) {
            throw new IllegalStateException("cannot find ../shared: set -Dlambdaobs.shared");
        }
        return fallback;
    }

    static Path resource(String name) {
        try {
            return Path.of(TestSupport.class.getResource("/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }

    static GenerationResult generate(Path template) {
        return GENERATOR.generate(new GenerationRequest(List.of(template), Optional.empty(), Optional.empty(), Mode.MERGE));
    }

    /** Merge or standalone, with an optional config text (written to a temporary file) and --fix-tracing. */
    static GenerationResult generate(Path template, String config, Mode mode, boolean fixTracing) {
        try {
            Optional<Path> file = Optional.empty();
            if (config != null) {
                file = Optional.of(Files.writeString(Files.createTempFile("dashboard-gen-config", ".yaml"), config));
            }
            return GENERATOR.generate(new GenerationRequest(List.of(template), file, Optional.of("svc"), mode, fixTracing));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The rule ids of the alarms on one monitored resource. */
    static List<String> ruleIds(GenerationResult result, String resourceKey) {
        return result.alarms().stream().filter(a -> a.resourceKey().equals(resourceKey))
                .map(dev.lambdaobs.dashboardgen.alarm.AlarmDefinition::ruleId).toList();
    }

    /** A resource of the output template. */
    static com.fasterxml.jackson.databind.JsonNode outputResource(GenerationResult result, String logicalId) {
        return result.template().path("Resources").path(logicalId);
    }

    /**
     * A loopback port bound but not listening, held until closed: connections to it are refused, and no other
     * process can start listening on it meanwhile (a port closed before use can be taken by a server beside).
     */
    static Socket boundNotListening() throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        return socket;
    }

    static String endpoint(Socket held) {
        return "http://127.0.0.1:" + held.getLocalPort();
    }
}
