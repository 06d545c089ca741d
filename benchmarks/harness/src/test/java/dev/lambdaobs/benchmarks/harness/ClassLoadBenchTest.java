package dev.lambdaobs.benchmarks.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassLoadBenchTest {
    @Test
    void countsClassLoadLinesUpToTheMarkByLibrary() {
        List<String> stdout = List.of(
                "[0.010s][info][class,load] java.lang.Object source: shared objects file",
                "[0.200s][info][class,load] org.apache.logging.log4j.core.LoggerContext source: file:/v.jar",
                "{\"level\":\"INFO\",\"message\":\"Order placed\"}",
                "[0.210s][info][class,load] com.fasterxml.jackson.databind.ObjectMapper source: file:/v.jar",
                "[0.220s][info][class,load] org.apache.logging.log4j.layout.template.json.JsonTemplateLayout source: x",
                ColdRun.MARK,
                "[0.300s][info][class,load] java.lang.management.ManagementFactory source: jrt:/java.management");

        ClassLoadBench.Count count = ClassLoadBench.count(stdout);

        assertThat(count.total()).isEqualTo(4);
        assertThat(count.byLibrary()).containsEntry("Log4j2", 1).containsEntry("Jackson", 1)
                .containsEntry("Log4j2 JsonTemplateLayout", 1).containsEntry("JDK (other)", 1)
                .doesNotContainKey("JDK management/JMX");
    }

    @Test
    void unknownPackagesAreGroupedByTheirFirstTwoSegments() {
        assertThat(Libraries.of("io.netty.buffer.ByteBuf")).isEqualTo("io.netty");
        assertThat(Libraries.of("com.sun.org.apache.xerces.internal.parsers.SAXParser")).isEqualTo("JDK XML");
    }
}
