package dev.lambdaobs.benchmarks.launcher.crac;

/** Entry points named as {@code org.crac} looks them up in a compat package. */
public final class Core {
    private static final Context<Resource> GLOBAL = new Context<>();

    private Core() {
    }

    public static Context<Resource> getGlobalContext() {
        return GLOBAL;
    }

    /** The checkpoint then, in the same JVM, the restore: what one restored environment has seen by its first invocation. */
    public static void checkpointRestore() throws CheckpointException, RestoreException {
        GLOBAL.beforeCheckpoint(null);
        GLOBAL.afterRestore(null);
    }

    /** The restore alone, again: the next invocation is a restored environment's first (its cold start) once more. */
    public static void restoreAgain() throws RestoreException {
        GLOBAL.afterRestore(null);
    }

    /** How many hooks registered (0: nothing to prime, which the report says). */
    public static int registered() {
        return GLOBAL.size();
    }
}
