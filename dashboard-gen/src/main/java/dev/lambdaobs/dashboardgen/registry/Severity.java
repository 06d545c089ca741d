package dev.lambdaobs.dashboardgen.registry;

import java.util.Locale;

/** How urgently an alarm needs a human: critical pages, warning informs. Actions come from the config per severity. */
public enum Severity {
    CRITICAL, WARNING;

    /** The lower-case name used in config keys, alarm names and output files. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
