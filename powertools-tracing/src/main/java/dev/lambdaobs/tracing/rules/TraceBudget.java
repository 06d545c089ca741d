package dev.lambdaobs.tracing.rules;

import java.util.HashSet;
import java.util.Set;

/**
 * What is left of X-Ray's limits for one invocation's document: the annotations it indexes and the
 * bytes metadata may take. Shared by the spans of that document, across threads.
 */
public final class TraceBudget {
    private final Set<String> annotationKeys = new HashSet<>();
    private int metadataBytesLeft = XRayLimits.METADATA_BUDGET_BYTES;

    /** True when {@code key} is, or may become, one of the indexed annotations. */
    public synchronized boolean claimAnnotation(String key) {
        if (annotationKeys.contains(key)) {
            return true;
        }
        if (annotationKeys.size() >= XRayLimits.MAX_ANNOTATIONS_PER_TRACE) {
            return false;
        }
        return annotationKeys.add(key);
    }

    /** Takes {@code bytes} of the metadata budget when they fit. */
    public synchronized boolean claimMetadata(int bytes) {
        if (bytes > metadataBytesLeft) {
            return false;
        }
        metadataBytesLeft -= bytes;
        return true;
    }

    /** Takes up to {@code bytes}, for a truncation marker that must be recorded anyway. */
    public synchronized void forceMetadata(int bytes) {
        metadataBytesLeft = Math.max(0, metadataBytesLeft - bytes);
    }

    public synchronized int metadataBytesLeft() {
        return metadataBytesLeft;
    }
}
