package dev.lambdaobs.logging;

import org.junit.jupiter.api.Test;

/**
 * The README's java.util.logging bridge for Log4j2, log4j-jul's LogManager set as the JVM's
 * {@code java.util.logging.manager}: JUL records become our JSON lines, the same as with Logback.
 */
class JulBridgeTest {
    @Test
    void julRecordsBecomeOurJsonLines() throws Exception {
        JulProbe.assertLines(JulProbe.linesOf(JulProbe.class.getName(),
                "-Djava.util.logging.manager=org.apache.logging.log4j.jul.LogManager"));
    }
}
