package dev.lambdaobs.benchmarks.launcher.crac;

/** The resource shape {@code org.crac} wraps its resources in (picked by {@code -Dorg.crac.Core.Compat}). */
public interface Resource {
    void beforeCheckpoint(Context<? extends Resource> context) throws Exception;

    void afterRestore(Context<? extends Resource> context) throws Exception;
}
