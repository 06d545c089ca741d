package dev.lambdaobs.benchmarks.launcher.crac;

import java.util.ArrayList;
import java.util.List;

/**
 * The global context of the launcher's stand-in for a CRaC JVM: what registers through
 * {@code org.crac.Core.getGlobalContext()} (ours and Powertools' SnapStart hooks) lands here, and
 * {@link Core#checkpointRestore()} notifies it as CRaC does (reverse registration order before the checkpoint,
 * registration order after the restore).
 *
 * @param <R> the resources it holds
 */
public class Context<R extends Resource> implements Resource {
    private final List<R> resources = new ArrayList<>();

    Context() {
    }

    public synchronized void register(R resource) {
        resources.add(resource);
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) throws CheckpointException {
        List<R> reversed = new ArrayList<>(snapshot());
        java.util.Collections.reverse(reversed);
        for (R resource : reversed) {
            try {
                resource.beforeCheckpoint(this);
            } catch (Exception e) {
                throw new CheckpointException(e);
            }
        }
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) throws RestoreException {
        for (R resource : snapshot()) {
            try {
                resource.afterRestore(this);
            } catch (Exception e) {
                throw new RestoreException(e);
            }
        }
    }

    synchronized int size() {
        return resources.size();
    }

    private synchronized List<R> snapshot() {
        return List.copyOf(resources);
    }
}
