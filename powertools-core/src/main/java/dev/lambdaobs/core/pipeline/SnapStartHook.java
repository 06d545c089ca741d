package dev.lambdaobs.core.pipeline;

import dev.lambdaobs.core.invocation.ColdStart;
import dev.lambdaobs.core.snapstart.PrimingDatagrams;
import dev.lambdaobs.core.startup.BackgroundStartup;
import java.security.SecureRandom;
import java.time.Duration;
import org.crac.Context;
import org.crac.Resource;

/**
 * The SnapStart runtime hooks of one {@link Observability} (registered by
 * {@link Observability.Builder#snapStartPriming()}). Before the checkpoint: the background start-up is
 * waited for (its work belongs in the snapshot, and it never runs again), then synthetic invocations
 * run through every step with its output left out, so the classes of the invocation path are loaded
 * and initialized in the snapshot. After the restore: the environment is a new one, so its next
 * invocation is the cold start and its random sources draw fresh entropy.
 *
 * <p>CRaC holds registered resources weakly: the {@link Observability} holds its hook.
 */
final class SnapStartHook implements Resource {
    /** Long enough for the slowest module's start-up on a small function; the checkpoint goes on after it. */
    static final Duration STARTUP_WAIT = Duration.ofSeconds(10);

    private final Observability observability;
    private final ColdStart environment;

    SnapStartHook(Observability observability, ColdStart environment) {
        this.observability = observability;
        this.environment = environment;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        BackgroundStartup.awaitCompletion(STARTUP_WAIT);
        try {
            observability.prime();
        } finally {
            // No socket of priming's own is left open in the snapshot.
            PrimingDatagrams.close();
        }
        // Loads the classes afterRestore needs; the instance, and so its state, is not kept.
        new SecureRandom().nextLong();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // A SecureRandom made after the restore reads the restored kernel's entropy, which the snapshot does not hold.
        environment.restored(new SecureRandom().nextLong() ^ System.nanoTime());
    }
}
