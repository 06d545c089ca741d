package dev.lambdaobs.tracing.otel;

/** An exporter of ours that reports its own failures once, with their cause: no second, vaguer report is needed. */
interface SelfReporting {
}
