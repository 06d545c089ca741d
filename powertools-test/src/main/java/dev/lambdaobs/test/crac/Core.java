package dev.lambdaobs.test.crac;

/** The simulated JVM's entry points, named as {@code org.crac} looks them up. */
public final class Core {
    private static final GlobalContext GLOBAL = new GlobalContext();

    private Core() {
    }

    /** The context every {@code org.crac.Core.getGlobalContext().register(...)} reaches. */
    public static Context<Resource> getGlobalContext() {
        return GLOBAL;
    }

    /** How many resources are registered, so a test can check that a handler's init registered its hooks. */
    public static int registeredCount() {
        return GLOBAL.registeredCount();
    }

    /** A checkpoint immediately followed by a restore in the same JVM. */
    public static void checkpointRestore() throws CheckpointException, RestoreException {
        GLOBAL.beforeCheckpoint(null);
        GLOBAL.afterRestore(null);
    }
}
