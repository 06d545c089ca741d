package dev.lambdaobs.tracing.rules;

import java.util.HashSet;
import java.util.Set;

/**
 * What is left of X-Ray's limits for one invocation's document: the annotations it indexes and the
 * bytes metadata may take. Shared by the spans of that document, across threads.
 */
public final class TraceBudget {
    /** The first annotation key: most invocations have one, and then no set is made. */
    private String firstKey;
    /** The further keys, made at the second. */
    private Set<String> moreKeys;
    private int metadataBytesLeft = XRayLimits.METADATA_BUDGET_BYTES;

    /** True when {@code key} is, or may become, one of the indexed annotations. */
    public synchronized boolean claimAnnotation(String key) {
        if (firstKey == null) {
            firstKey = key;
            return true;
        }
        if (firstKey.equals(key) || moreKeys != null && moreKeys.contains(key)) {
            return true;
        }
        if (moreKeys == null) {
            moreKeys = new HashSet<>();
        }
        if (1 + moreKeys.size() >= XRayLimits.MAX_ANNOTATIONS_PER_TRACE) {
            return false;
        }
        return moreKeys.add(key);
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
