package dev.lambdaobs.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaobs.test.FakeXRayDaemon;
import dev.lambdaobs.test.ReceivedSpan;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The otel path needs neither the X-Ray SDK nor Jackson: a traced invocation that captures a response
 * and an error (the default capture mode) runs in a JVM whose class path has neither, the captures come
 * out masked, and the class-loading log of that JVM names none of their classes. The same with both on
 * the class path (as in a real deployment: powertools-tracing depends on them): still none is loaded.
 * Nor are the SDK's tracer provider and span (our own tracer implements the API), nor the API's no-op meter, which
 * the SDK's provider counted its spans with.
 */
class OtelClassPathTest {

    @Test
    void aTracedInvocationOnTheDefaultBackendLoadsNoXraySdkAndNoJacksonClass(@TempDir Path dir) throws Exception {
        runAndCheck(Arrays.stream(testClassPath().split(File.pathSeparator))
                .filter(entry -> !entry.contains("aws-xray-recorder") && !entry.contains("jackson"))
                .collect(Collectors.joining(File.pathSeparator)), dir);
    }

    @Test
    void withJacksonAndTheXraySdkOnTheClassPathTheDefaultBackendStillLoadsNone(@TempDir Path dir) throws Exception {
        assertThat(testClassPath()).contains("jackson-databind", "aws-xray-recorder");
        runAndCheck(testClassPath(), dir);
    }

    private static void runAndCheck(String classPath, Path dir) throws Exception {
        Path classLog = dir.resolve("classes.log");
        try (FakeXRayDaemon daemon = FakeXRayDaemon.start()) {
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xlog:class+load=info:file=" + classLog, "-cp", classPath, OtelOnlyMain.class.getName(), daemon.address())
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

            assertThat(process.exitValue()).as(output).isZero();
            assertThat(output).contains("result=200");
            List<ReceivedSpan> spans = daemon.awaitSpans(3, Duration.ofSeconds(5));
            assertThat(spans).extracting(ReceivedSpan::name)
                    .containsExactlyInAnyOrder("## handleRequest", "## charge", "## refund");
            assertThat(spans).filteredOn(span -> span.name().equals("## charge")).singleElement()
                    .satisfies(span -> assertThat(span.attributes()).containsEntry("orders.order", "{\"amount\":42}")
                            .containsEntry("order_id", "o-1"));
            assertThat(spans.toString()).doesNotContain("SECRET-");
            // The response is captured, masked without Jackson: secrets gone, the rest kept (the body stays a string).
            String response = String.valueOf(onlySpan(spans, "## handleRequest").attributes().get("orders.handleRequest response"));
            assertThat(response).contains("\"statusCode\":200", "\"Set-Cookie\":\"****\"", "\"Authorization\":\"****\"",
                    "\"Content-Type\":\"application/json\"", "\\\"result\\\":\\\"charged\\\"",
                    "\\\"access_token\\\":\\\"****\\\"", "\\\"iban\\\":\\\"****\\\"");
            assertThat(String.valueOf(onlySpan(spans, "## refund").attributes().get("orders.refund error")))
                    .contains("token=****", IllegalStateException.class.getName());
        }
        List<String> loaded = Files.readAllLines(classLog);
        assertThat(loaded).anyMatch(line -> line.contains("dev.lambdaobs.tracing.otel.RecordingSpan "));
        assertThat(loaded).noneMatch(line -> line.contains("io.opentelemetry.sdk.trace.SdkTracerProvider "));
        assertThat(loaded).noneMatch(line -> line.contains("io.opentelemetry.sdk.trace.SdkSpan "));
        assertThat(loaded).noneMatch(line -> line.contains("com.amazonaws.xray"));
        assertThat(loaded).noneMatch(line -> line.contains("com.fasterxml.jackson"));
        // No SDK provider, so nothing counts spans on the API's DefaultMeter (about 58 classes).
        assertThat(loaded).noneMatch(line -> line.contains("io.opentelemetry.api.metrics.Default"));
    }

    private static ReceivedSpan onlySpan(List<ReceivedSpan> spans, String name) {
        List<ReceivedSpan> named = spans.stream().filter(span -> span.name().equals(name)).toList();
        assertThat(named).hasSize(1);
        return named.get(0);
    }

    /** Surefire passes the test class path in this property when the JVM's own is a manifest-only jar. */
    private static String testClassPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }
}
