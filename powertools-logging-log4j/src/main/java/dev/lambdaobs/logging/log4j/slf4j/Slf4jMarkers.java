package dev.lambdaobs.logging.log4j.slf4j;

import java.util.Iterator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.logging.log4j.MarkerManager;
import org.slf4j.IMarkerFactory;
import org.slf4j.Marker;

/**
 * SLF4J markers backed by Log4j markers of the same name (Log4j's {@link MarkerManager} holds them),
 * so marker filters in a Log4j configuration see SLF4J markers and their references as parents.
 */
final class Slf4jMarkers implements IMarkerFactory {
    private final ConcurrentMap<String, Slf4jMarker> markers = new ConcurrentHashMap<>();

    @Override
    public Marker getMarker(String name) {
        if (name == null) {
            throw new IllegalArgumentException("an SLF4J marker name must not be null");
        }
        return markers.computeIfAbsent(name, n -> new Slf4jMarker(MarkerManager.getMarker(n), this));
    }

    @Override
    public boolean exists(String name) {
        return name != null && markers.containsKey(name);
    }

    /** Log4j keeps every marker it made, so none can be detached. */
    @Override
    public boolean detachMarker(String name) {
        return false;
    }

    @Override
    public Marker getDetachedMarker(String name) {
        return new Slf4jMarker(new MarkerManager.Log4jMarker(name), this);
    }

    /** The Log4j marker for an SLF4J marker; one made by another factory is copied by name and references. */
    org.apache.logging.log4j.Marker log4j(Marker marker) {
        if (marker == null) {
            return null;
        }
        if (marker instanceof Slf4jMarker ours) {
            return ours.log4j();
        }
        org.apache.logging.log4j.Marker log4j = MarkerManager.getMarker(marker.getName());
        for (Iterator<Marker> references = marker.iterator(); references.hasNext(); ) {
            org.apache.logging.log4j.Marker parent = log4j(references.next());
            if (!log4j.isInstanceOf(parent)) {
                log4j.addParents(parent);
            }
        }
        return log4j;
    }
}
