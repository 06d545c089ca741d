package dev.lambdaobs.test.crac;

/** What {@code org.crac} registers here: its resources, wrapped. */
public interface Resource {
    /** Called before the simulated checkpoint. */
    void beforeCheckpoint(Context<? extends Resource> context) throws Exception;

    /** Called after the simulated restore. */
    void afterRestore(Context<? extends Resource> context) throws Exception;
}
