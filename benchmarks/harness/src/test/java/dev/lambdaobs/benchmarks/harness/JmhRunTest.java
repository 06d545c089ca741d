package dev.lambdaobs.benchmarks.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class JmhRunTest {
    private static final String RESULT = """
            [
              {
                "benchmark" : "dev.lambdaobs.benchmarks.jmh.raw.RawLogEventBenchmark.logEvent",
                "mode" : "avgt",
                "params" : { "handlerClass" : "a.B" },
                "primaryMetric" : {
                  "score" : 2.0, "scoreError" : "NaN", "scoreUnit" : "ns/op",
                  "rawData" : [ [ 1.0, 3.0 ], [ 2.0 ] ]
                },
                "secondaryMetrics" : {
                  "gc.alloc.rate.norm" : { "score" : 0.5, "scoreUnit" : "B/op", "rawData" : [ [ 0.25, 0.75 ], [ 0.5 ] ] }
                }
              }
            ]
            """;

    @Test
    void readsIterationScoresAllocationAndParams() {
        List<JmhRun.Score> scores = JmhRun.parse(RESULT);

        assertThat(scores).hasSize(1);
        JmhRun.Score score = scores.get(0);
        assertThat(score.shortName()).isEqualTo("RawLogEventBenchmark.logEvent");
        assertThat(score.time().count()).isEqualTo(3);
        assertThat(score.time().median()).isEqualTo(2.0);
        assertThat(score.unit()).isEqualTo("ns/op");
        assertThat(score.allocBytesPerOp()).isEqualTo(0.5);
        assertThat(score.params()).containsEntry("handlerClass", "a.B");
    }

    @Test
    void miniJsonReadsEscapesAndRejectsTrailingText() {
        assertThat(MiniJson.parse("{\"a\":\"x\\\"y\\u0041\",\"b\":[true,null,-1.5e1]}"))
                .isEqualTo(java.util.Map.of("a", "x\"yA", "b", java.util.Arrays.asList(true, null, -15.0)));
        assertThatThrownBy(() -> MiniJson.parse("[1] x")).hasMessageContaining("offset 4");
    }
}
