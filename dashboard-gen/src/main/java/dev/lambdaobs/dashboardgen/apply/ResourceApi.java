package dev.lambdaobs.dashboardgen.apply;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/** Reads and writes one kind of CloudWatch resource; one implementation per API family. */
interface ResourceApi {
    /** The kinds this API serves. */
    List<ResourceKind> kinds();

    /** What exists of {@code desired}, by kind and name, in canonical form restricted to the put request's fields. */
    Map<ResourceKind, Map<String, ObjectNode>> fetch(List<Resource> desired);

    /**
     * Puts one resource.
     *
     * @return warnings the service returned (dashboard validation messages), empty when none
     */
    List<String> put(Resource resource);
}
