package dev.lambdaobs.logging.log4j;

import org.apache.logging.log4j.LogManager;

/** Starts Log4j2 as a handler does and logs one line in a fresh JVM, for {@link ShippedConfigurationStartupTest}. */
public final class ShippedStartupProbeMain {
    static final String LINE = "probe line";

    private ShippedStartupProbeMain() {
    }

    public static void main(String[] args) {
        LogManager.getLogger(ShippedStartupProbeMain.class).info(LINE);
    }
}
