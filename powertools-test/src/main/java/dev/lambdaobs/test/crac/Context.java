package dev.lambdaobs.test.crac;

/**
 * A group of resources notified together, as in CRaC.
 *
 * @param <R> the resources it holds
 */
public abstract class Context<R extends Resource> implements Resource {
    /** For subclasses. */
    protected Context() {
    }

    /** Registers {@code resource} for the next checkpoint and restore. */
    public abstract void register(R resource);

    @Override
    public abstract void beforeCheckpoint(Context<? extends Resource> context) throws CheckpointException;

    @Override
    public abstract void afterRestore(Context<? extends Resource> context) throws RestoreException;
}
