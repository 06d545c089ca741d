package dev.lambdaobs.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdaobs.core.schema.LogFields;
import dev.lambdaobs.test.FakeContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What each backend's java.util.logging bridge test runs in a JVM of its own (the bridge is set up once per
 * process, before the first JUL logger): one invocation logging through JUL at every level, and a line
 * outside it. Both backends must turn these into the same JSON lines, {@value #EXPECTED}.
 */
final class JulProbe {
    static final String LOGGER = "com.example.legacy.InventoryClient";
    static final String EXPECTED = "jul-lines.jsonl";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JulProbe() {
    }

    /** The Log4j2 backend's probe: the bridge is the JVM's {@code java.util.logging.manager} property. */
    public static void main(String[] args) {
        run();
    }

    static void run() {
        TestPipeline pipeline = TestPipeline.of(TestPipeline.env(), b -> b.samplingRate(1), () -> 0.0);
        Logger jul = Logger.getLogger(LOGGER);
        FakeContext context = FakeContext.builder().functionName("orders-fn").functionVersion("7")
                .requestId("req-jul").memoryLimitMb(512).build();
        pipeline.run(null, context, () -> {
            jul.log(Level.INFO, "stock of {0} is {1}", new Object[] {"A-1", 7});
            jul.fine("sampled, so DEBUG is written");
            jul.finest("TRACE stays off");
            jul.warning("slow answer");
            jul.log(Level.SEVERE, "inventory call failed", new IllegalStateException("timeout"));
        });
        jul.fine("outside an invocation DEBUG is off");
        jul.info("outside an invocation");
    }

    /** Runs {@code mainClass} in a new JVM on this test class path; its stdout lines that come from {@link #LOGGER}. */
    static List<String> linesOf(String mainClass, String... jvmArgs) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(jvmArgs));
        command.addAll(List.of("-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                mainClass));
        ProcessBuilder builder = new ProcessBuilder(command);
        // The lines must not depend on the environment the build runs in.
        builder.environment().keySet().removeIf(k -> k.startsWith("POWERTOOLS_") || k.startsWith("AWS_")
                || k.startsWith("LAMBDA_") || k.startsWith("_X_AMZN") || k.equals("JAVA_TOOL_OPTIONS"));
        Path stderr = Files.createTempFile("jul-probe", ".err");
        try {
            Process process = builder.redirectError(stderr.toFile()).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            String errors = Files.readString(stderr);
            assertThat(process.exitValue()).as(output + errors).isZero();
            return output.lines().filter(line -> line.contains("\"logger\":\"" + LOGGER + "\"")).toList();
        } finally {
            Files.deleteIfExists(stderr);
        }
    }

    /** The JUL records became our JSON lines, with our keys, byte for byte as {@value #EXPECTED} has them. */
    static void assertLines(List<String> lines) throws IOException {
        assertThat(lines).as("JSON lines from the JUL logger").hasSize(5);
        List<JsonNode> json = new ArrayList<>();
        for (String line : lines) {
            json.add(MAPPER.readTree(line));
        }
        assertThat(json).extracting(l -> l.get(LogFields.LEVEL).asText() + " " + l.get(LogFields.MESSAGE).asText())
                .containsExactly("INFO stock of A-1 is 7", "DEBUG sampled, so DEBUG is written", "WARN slow answer",
                        "ERROR inventory call failed", "INFO outside an invocation");
        assertThat(json.subList(0, 4)).allSatisfy(l -> {
            assertThat(l.get(LogFields.FUNCTION_REQUEST_ID).asText()).isEqualTo("req-jul");
            assertThat(l.get(LogFields.SERVICE).asText()).isEqualTo("orders");
            assertThat(l.get(LogFields.SAMPLING_RATE).asDouble()).isEqualTo(1.0);
        });
        assertThat(json.get(3).at("/error/name").asText()).isEqualTo(IllegalStateException.class.getName());
        assertThat(json.get(4).has(LogFields.FUNCTION_REQUEST_ID)).isFalse();

        String actual = SameLinesTest.normalized(lines);
        try (InputStream in = JulProbe.class.getResourceAsStream(EXPECTED)) {
            assertThat(in).as(EXPECTED).isNotNull();
            String expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!actual.equals(expected)) {
                Files.writeString(Path.of("target", EXPECTED + ".actual"), actual, StandardCharsets.UTF_8);
            }
            assertThat(actual).as("the lines as written (also in target/" + EXPECTED + ".actual)").isEqualTo(expected);
        }
    }
}
