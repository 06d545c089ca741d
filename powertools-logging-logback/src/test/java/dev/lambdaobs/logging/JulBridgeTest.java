package dev.lambdaobs.logging;

import org.junit.jupiter.api.Test;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * The README's java.util.logging bridge for Logback, jul-to-slf4j's {@link SLF4JBridgeHandler} (with the
 * shipped configuration keeping JUL's levels in step, so sampled DEBUG lines get through): JUL records become
 * our JSON lines, the same as with Log4j2.
 */
class JulBridgeTest {
    @Test
    void julRecordsBecomeOurJsonLines() throws Exception {
        JulProbe.assertLines(JulProbe.linesOf(Probe.class.getName()));
    }

    /** Installs the bridge as the README says, then runs the shared probe. */
    static final class Probe {
        public static void main(String[] args) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
            JulProbe.run();
        }
    }
}
