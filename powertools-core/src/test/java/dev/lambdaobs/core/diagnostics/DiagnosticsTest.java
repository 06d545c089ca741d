package dev.lambdaobs.core.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticsTest {
    private final List<String> lines = new ArrayList<>();
    private final Diagnostics diagnostics = Diagnostics.to(lines::add);

    @Test
    void reportsEachProblemOnce() {
        assertThat(diagnostics.warnOnce("k", "first")).isTrue();
        assertThat(diagnostics.warnOnce("k", "again")).isFalse();
        assertThat(diagnostics.failureOnce("step", new IllegalStateException("x"))).isTrue();
        assertThat(diagnostics.failureOnce("step", new IllegalStateException("y"))).isFalse();
        assertThat(diagnostics.failureOnce("step", new IllegalArgumentException("z"))).isTrue();

        assertThat(lines).containsExactly(
                "[lambdaobs] WARN first",
                "[lambdaobs] ERROR step failed and was skipped; the handler is unaffected: java.lang.IllegalStateException: x",
                "[lambdaobs] ERROR step failed and was skipped; the handler is unaffected: java.lang.IllegalArgumentException: z");
    }

    @Test
    void survivesAnExceptionWhoseMessageThrowsAndASinkThatThrows() {
        RuntimeException nasty = new RuntimeException() {
            @Override
            public String getMessage() {
                throw new IllegalStateException("toString bomb");
            }
        };
        diagnostics.failureOnce("step", nasty);
        assertThat(lines).singleElement().asString().contains(".getMessage() threw java.lang.IllegalStateException>");

        Diagnostics broken = Diagnostics.to(line -> {
            throw new IllegalStateException("stderr closed");
        });
        assertThat(broken.warnOnce("k", "m")).isTrue();
    }
}
