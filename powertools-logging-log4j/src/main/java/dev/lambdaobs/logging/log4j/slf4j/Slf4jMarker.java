package dev.lambdaobs.logging.log4j.slf4j;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.slf4j.Marker;

/** An SLF4J marker that is a view of one Log4j marker: a reference added here is a parent there. */
final class Slf4jMarker implements Marker {
    private static final long serialVersionUID = 1L;

    private final org.apache.logging.log4j.Marker log4j;
    private final transient Slf4jMarkers factory;

    Slf4jMarker(org.apache.logging.log4j.Marker log4j, Slf4jMarkers factory) {
        this.log4j = log4j;
        this.factory = factory;
    }

    org.apache.logging.log4j.Marker log4j() {
        return log4j;
    }

    @Override
    public String getName() {
        return log4j.getName();
    }

    @Override
    public void add(Marker reference) {
        if (reference == null) {
            throw new IllegalArgumentException("a marker reference must not be null");
        }
        log4j.addParents(factory.log4j(reference));
    }

    @Override
    public boolean remove(Marker reference) {
        return reference != null && log4j.remove(factory.log4j(reference));
    }

    @Override
    @Deprecated
    public boolean hasChildren() {
        return hasReferences();
    }

    @Override
    public boolean hasReferences() {
        return log4j.hasParents();
    }

    @Override
    public Iterator<Marker> iterator() {
        org.apache.logging.log4j.Marker[] parents = log4j.getParents();
        if (parents == null) {
            return Collections.emptyIterator();
        }
        List<Marker> references = new ArrayList<>(parents.length);
        for (org.apache.logging.log4j.Marker parent : parents) {
            references.add(new Slf4jMarker(parent, factory));
        }
        return references.iterator();
    }

    @Override
    public boolean contains(Marker other) {
        return other != null && log4j.isInstanceOf(other.getName());
    }

    @Override
    public boolean contains(String name) {
        return name != null && log4j.isInstanceOf(name);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Marker marker && getName().equals(marker.getName());
    }

    @Override
    public int hashCode() {
        return getName().hashCode();
    }

    @Override
    public String toString() {
        return getName();
    }
}
