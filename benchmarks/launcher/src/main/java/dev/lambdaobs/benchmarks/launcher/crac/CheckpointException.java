package dev.lambdaobs.benchmarks.launcher.crac;

/** A hook failed before the simulated checkpoint. */
public final class CheckpointException extends Exception {
    private static final long serialVersionUID = 1L;

    CheckpointException(Exception cause) {
        super(cause);
    }
}
