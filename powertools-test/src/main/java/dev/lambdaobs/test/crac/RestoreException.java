package dev.lambdaobs.test.crac;

/** A resource failed after the restore; its failures are the suppressed exceptions. */
public final class RestoreException extends Exception {
    private static final long serialVersionUID = 1L;

    /** An exception to which the resources' failures are added. */
    public RestoreException() {
        super("a resource failed after the restore");
    }
}
