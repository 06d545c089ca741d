package dev.lambdaobs.test.crac;

/** A resource failed before the checkpoint; its failures are the suppressed exceptions. */
public final class CheckpointException extends Exception {
    private static final long serialVersionUID = 1L;

    /** An exception to which the resources' failures are added. */
    public CheckpointException() {
        super("a resource failed before the checkpoint");
    }
}
