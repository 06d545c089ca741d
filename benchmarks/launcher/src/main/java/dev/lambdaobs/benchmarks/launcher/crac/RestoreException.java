package dev.lambdaobs.benchmarks.launcher.crac;

/** A hook failed after the simulated restore. */
public final class RestoreException extends Exception {
    private static final long serialVersionUID = 1L;

    RestoreException(Exception cause) {
        super(cause);
    }
}
