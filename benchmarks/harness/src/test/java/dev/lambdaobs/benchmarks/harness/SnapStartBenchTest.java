package dev.lambdaobs.benchmarks.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnapStartBenchTest {
    private static final String LINE = "BENCH snapstart mode=primed first_us=993.5 warm_us=68.0 hooks=1 hooks_us=672600.0"
            + " sequence_us=993.5,211.0 sequence_cpu_us=1002.0,218.0 warm_cpu_us=69.5";

    @Test
    void theLaunchersLineIsReadWithTheCacheColdFigureWhenPrinted() {
        SnapStartBench.Sample sample = SnapStartBench.parse("some log\n" + LINE + " cache_cold_cpu_us=431.6"
                + " restored_cache_cold_cpu_us=512.25\n");

        assertThat(sample.firstMicros()).isEqualTo(993.5);
        assertThat(sample.hooksMicros()).isEqualTo(672600.0);
        assertThat(sample.sequenceCpuMicros()).isEqualTo(List.of(1002.0, 218.0));
        assertThat(sample.warmCpuMicros()).isEqualTo(69.5);
        assertThat(sample.cacheColdCpuMicros()).isEqualTo(431.6);
        assertThat(sample.restoredCacheColdCpuMicros()).isEqualTo(512.25);
    }

    @Test
    void aLauncherWithoutTheCacheColdFigureGivesNaNAndNoLineGivesNull() {
        assertThat(SnapStartBench.parse(LINE + "\n").cacheColdCpuMicros()).isNaN();
        assertThat(SnapStartBench.parse(LINE + " cache_cold_cpu_us=431.6 restored_cache_cold_cpu_us=NaN\n")
                .restoredCacheColdCpuMicros()).isNaN();
        assertThat(SnapStartBench.parse("Exception in thread main")).isNull();
    }
}
