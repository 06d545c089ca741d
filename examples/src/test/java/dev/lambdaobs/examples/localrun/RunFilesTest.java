package dev.lambdaobs.examples.localrun;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFilesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyDatagramIsKeptAsReceivedAndXRayDocumentsAlsoGoToTheSegments(@TempDir Path out) throws Exception {
        String otlp = "{\"format\":\"json\",\"version\":1}\nT1SCgA=";
        String xray = "{\"format\":\"json\",\"version\":1}\n{\"name\":\"## handleRequest\",\"id\":\"70de5b6f19ff9a0a\"}";
        try (RunFiles files = RunFiles.create(out)) {
            files.datagram(otlp);
            files.datagram(xray);
        }

        List<String> datagrams = Files.readAllLines(out.resolve(RunFiles.DATAGRAMS));
        assertThat(datagrams).hasSize(2);
        assertThat(datagrams).extracting(line -> JSON.readTree(line).path(RunFiles.DATAGRAM).asText()).containsExactly(otlp, xray);
        assertThat(datagrams).allSatisfy(line -> assertThat(JSON.readTree(line).size()).isEqualTo(1));
        assertThat(Files.readAllLines(out.resolve(RunFiles.SEGMENTS)))
                .containsExactly("{\"name\":\"## handleRequest\",\"id\":\"70de5b6f19ff9a0a\"}");
    }
}
