package dev.lambdaobs.dashboardgen.generate;

/** How the monitoring is deployed. */
public enum Mode {
    /** The input template plus the monitoring resources: one deploy does all. */
    MERGE,
    /** A separate stack naming the monitored resources by physical name. */
    STANDALONE
}
