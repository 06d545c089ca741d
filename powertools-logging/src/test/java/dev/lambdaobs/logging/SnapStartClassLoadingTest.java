package dev.lambdaobs.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The point of priming: after the simulated checkpoint, the first invocation (a log line, a metric, the
 * event's correlation id, the ColdStart metric) finds the classes of its path loaded, where without priming
 * it loads hundreds. Each run is a JVM of its own, so nothing another test loaded counts.
 */
class SnapStartClassLoadingTest {
    private static final Pattern LOADED = Pattern.compile("\\[class,load\\] (\\S+) source:");
    private static final List<String> LIBRARIES = List.of("dev.lambdaobs.", "org.apache.logging.", "com.fasterxml.",
            "software.amazon.cloudwatchlogs.", "io.burt.jmespath.");

    @Test
    void afterPrimingTheFirstInvocationLoadsAlmostNoClassOfOursOrOurLibraries() throws Exception {
        List<String> unprimed = loadedDuringFirstInvocation("unprimed");
        List<String> primed = loadedDuringFirstInvocation("primed");

        assertThat(unprimed).as("the measurement sees the invocation path").hasSizeGreaterThan(50);
        assertThat(primed).as("loaded by the first invocation after priming").hasSizeLessThan(unprimed.size() / 5);
    }

    private static List<String> loadedDuringFirstInvocation(String mode) throws Exception {
        List<String> lines = VerboseClassJvm.run(List.of("-Dorg.crac.Core.Compat=dev.lambdaobs.test.crac"),
                PrimingProbeMain.class, mode);
        int start = lines.indexOf(PrimingProbeMain.FIRST_INVOCATION);
        int end = lines.indexOf(PrimingProbeMain.DONE);
        assertThat(start).as(String.join("\n", lines)).isNotNegative().isLessThan(end);
        return lines.subList(start, end).stream().map(LOADED::matcher).filter(Matcher::find)
                .map(matcher -> matcher.group(1))
                .filter(name -> LIBRARIES.stream().anyMatch(name::startsWith))
                .toList();
    }
}
