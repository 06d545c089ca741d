package dev.lambdaobs.benchmarks.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

class BoundDaemonPortTest {
    @Test
    void holdsTheDaemonAddressUntilClosedAndBindsNothingWhenItIsTaken() {
        try (BoundDaemonPort first = BoundDaemonPort.bind()) {
            assumeTrue(first.bound(), LambdaJvm.XRAY_DAEMON + " is held by another process");
            try (BoundDaemonPort second = BoundDaemonPort.bind()) {
                assertThat(second.bound()).isFalse();
            }
        }
        try (BoundDaemonPort again = BoundDaemonPort.bind()) {
            assertThat(again.bound()).isTrue();
        }
    }
}
