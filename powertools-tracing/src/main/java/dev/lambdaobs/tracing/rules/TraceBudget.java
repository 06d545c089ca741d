package dev.lambdaobs.tracing.rules;

import java.util.Arrays;

/**
 * What is left of X-Ray's limits for one invocation's document: the annotations it indexes and the
 * bytes metadata may take. Shared by the spans of that document, across threads.
 */
public final class TraceBudget {
    /** Keys first held: a handler's usual few (cold start, service, an id or two) fit without growing. */
    private static final int FIRST_CAPACITY = 4;

    /**
     * The indexed keys so far, searched in order: at most {@link XRayLimits#MAX_ANNOTATIONS_PER_TRACE} (50), so a
     * scan is cheap, and unlike a hash set it makes no entry object per key.
     */
    private String[] keys;
    private int keyCount;
    private int metadataBytesLeft = XRayLimits.METADATA_BUDGET_BYTES;

    /** True when {@code key} is, or may become, one of the indexed annotations. */
    public synchronized boolean claimAnnotation(String key) {
        for (int i = 0; i < keyCount; i++) {
            if (keys[i].equals(key)) {
                return true;
            }
        }
        if (keyCount >= XRayLimits.MAX_ANNOTATIONS_PER_TRACE) {
            return false;
        }
        if (keys == null) {
            keys = new String[FIRST_CAPACITY];
        } else if (keyCount == keys.length) {
            keys = Arrays.copyOf(keys, Math.min(keys.length * 2, XRayLimits.MAX_ANNOTATIONS_PER_TRACE));
        }
        keys[keyCount++] = key;
        return true;
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
