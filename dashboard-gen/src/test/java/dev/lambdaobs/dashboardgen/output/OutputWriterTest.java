package dev.lambdaobs.dashboardgen.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdaobs.dashboardgen.generate.GenerationRequest;
import dev.lambdaobs.dashboardgen.generate.GenerationResult;
import dev.lambdaobs.dashboardgen.generate.Generator;
import dev.lambdaobs.dashboardgen.generate.Mode;
import dev.lambdaobs.dashboardgen.registry.MonitorRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output appears whole or not at all, and a re-run leaves nothing of an earlier run behind. */
class OutputWriterTest {
    @TempDir
    Path dir;

    private static GenerationResult result(String golden) throws Exception {
        Path template = Path.of(OutputWriterTest.class.getResource("/golden/" + golden).toURI());
        return new Generator(MonitorRegistry.standard())
                .generate(new GenerationRequest(List.of(template), Optional.empty(), Optional.of("svc"), Mode.MERGE));
    }

    /** A disk that fills up after {@code files} files. */
    private static OutputWriter.FileSink failingAfter(int files) {
        AtomicInteger written = new AtomicInteger();
        return (file, content) -> {
            if (written.incrementAndGet() > files) {
                throw new IOException(file + ": No space left on device");
            }
            Files.write(file, content);
        };
    }

    private Map<Path, String> contents() throws IOException {
        Map<Path, String> all = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                all.put(dir.relativize(file), Files.readString(file));
            }
        }
        return all;
    }

    @Test
    void aWriteThatFailsPartWayLeavesNothing() throws Exception {
        assertThatThrownBy(() -> OutputWriter.write(result("lambda.yaml"), dir, failingAfter(3)))
                .hasMessageContaining("No space left on device");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aFailedReRunLeavesTheEarlierOutputAsItWas() throws Exception {
        OutputWriter.write(result("lambda.yaml"), dir);
        Map<Path, String> before = contents();
        assertThat(before).containsKeys(Path.of("svc.template.json"), Path.of("svc/alarms.json"));

        assertThatThrownBy(() -> OutputWriter.write(result("sqs.yaml"), dir, failingAfter(2))).isInstanceOf(IOException.class);
        assertThat(contents()).isEqualTo(before);
    }

    @Test
    void aReRunRemovesStalePagesAndQueriesAndKeepsOtherFiles() throws Exception {
        OutputWriter.write(result("lambda.yaml"), dir);
        Files.writeString(dir.resolve("svc/dashboards/svc-details-2.json"), "{}");
        Files.writeString(dir.resolve("svc/queries/retired.logsinsights"), "fields @message");
        Files.writeString(dir.resolve("svc/preview.html"), "<html>");
        Files.writeString(dir.resolve("svc/NOTES.md"), "ours");
        Files.createDirectories(dir.resolve("svc/extra"));
        Files.writeString(dir.resolve("svc/extra/runbook.md"), "kept");

        OutputWriter.write(result("sqs.yaml"), dir);

        Map<Path, String> after = contents();
        assertThat(after).doesNotContainKeys(Path.of("svc/dashboards/svc-details-2.json"), Path.of("svc/queries/retired.logsinsights"),
                Path.of("svc/preview.html"));
        assertThat(after).containsEntry(Path.of("svc/NOTES.md"), "ours").containsEntry(Path.of("svc/extra/runbook.md"), "kept");
        assertThat(after.get(Path.of("svc.template.json"))).contains("AWS::SQS::Queue").doesNotContain("AWS::Kinesis::Stream");
        assertThat(after.keySet()).noneMatch(p -> p.toString().contains(".dashboard-gen-"));
    }
}
