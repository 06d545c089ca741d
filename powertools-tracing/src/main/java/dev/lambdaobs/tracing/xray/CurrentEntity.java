package dev.lambdaobs.tracing.xray;

import com.amazonaws.xray.ThreadLocalStorage;
import com.amazonaws.xray.entities.Entity;
import dev.lambdaobs.tracing.Tracer;
import java.util.Optional;

/**
 * Finds the tracer of the X-Ray span current on this thread. Our recorders keep their current entity in
 * the SDK's thread-local storage (the thread-local context {@link RecorderFactory} configures), which
 * every recorder shares; our invocation segment names the tracer that made it. Kept apart from
 * {@link XRayTracing} so that the SDK's classes load only when an X-Ray tracer exists.
 */
final class CurrentEntity {
    private CurrentEntity() {
    }

    static Optional<Tracer> tracer() {
        Entity current = ThreadLocalStorage.get();
        return current != null && current.getParentSegment() instanceof InvocationRoot root
                ? Optional.of(root.tracer()) : Optional.empty();
    }
}
