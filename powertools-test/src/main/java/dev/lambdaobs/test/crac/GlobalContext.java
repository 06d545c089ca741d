package dev.lambdaobs.test.crac;

import java.util.ArrayList;
import java.util.List;

/**
 * The simulated JVM's global context: resources are notified in the reverse order of their registration
 * before the checkpoint and in that order after the restore, as CRaC's ordered contexts do. Every resource
 * is notified even when one fails; the failures come out together.
 */
final class GlobalContext extends Context<Resource> {
    private final List<Resource> resources = new ArrayList<>();

    @Override
    public synchronized void register(Resource resource) {
        resources.add(resource);
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) throws CheckpointException {
        List<Resource> reversed = new ArrayList<>(snapshot());
        java.util.Collections.reverse(reversed);
        CheckpointException failed = new CheckpointException();
        for (Resource resource : reversed) {
            try {
                resource.beforeCheckpoint(this);
            } catch (Exception e) {
                failed.addSuppressed(e);
            }
        }
        if (failed.getSuppressed().length > 0) {
            throw failed;
        }
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) throws RestoreException {
        RestoreException failed = new RestoreException();
        for (Resource resource : snapshot()) {
            try {
                resource.afterRestore(this);
            } catch (Exception e) {
                failed.addSuppressed(e);
            }
        }
        if (failed.getSuppressed().length > 0) {
            throw failed;
        }
    }

    synchronized int registeredCount() {
        return resources.size();
    }

    private synchronized List<Resource> snapshot() {
        return List.copyOf(resources);
    }
}
