package dev.lambdaobs.dashboardgen.registry.monitors;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.template.CfnValues;
import dev.lambdaobs.dashboardgen.template.ServiceTemplate;
import dev.lambdaobs.dashboardgen.template.TemplateResource;
import dev.lambdaobs.dashboardgen.registry.Discovery;
import dev.lambdaobs.dashboardgen.registry.Facts;
import dev.lambdaobs.dashboardgen.registry.MonitoredResource;
import dev.lambdaobs.dashboardgen.registry.ResourceProfile;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SAM creates an implicit API when a function has an {@code Api} or {@code HttpApi} event that
 * names no API of its own.
 *
 * @see <a href="https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html#sam-function-events">SAM function events</a>
 */
final class ImplicitApis {
    private ImplicitApis() {
    }

    /** The first function (by logical id) with such an event, unless the template defines {@code implicitId} itself. */
    static Optional<TemplateResource> firstUser(ServiceTemplate service, String implicitId, String eventType, String apiProperty) {
        if (service.resource(implicitId).isPresent()) {
            return Optional.empty();
        }
        for (TemplateResource function : service.resources()) {
            if (function.type().equals(ServiceTemplate.SAM_FUNCTION) && hasImplicitEvent(service, function, eventType, apiProperty)) {
                return Optional.of(function);
            }
        }
        return Optional.empty();
    }

    /**
     * The implicit API as a monitored resource named {@code implicitId}, placed at its first user; nothing
     * when no function makes SAM create it.
     */
    static Discovery discover(ServiceTemplate service, String implicitId, String samType, String eventType,
            String apiProperty, ResourceProfile profile, Map<String, JsonNode> dimensions) {
        return firstUser(service, implicitId, eventType, apiProperty)
                .map(function -> Discovery.found(new MonitoredResource(implicitId, implicitId, samType, profile,
                        dimensions, Facts.none(), function.location())))
                .orElseGet(() -> new Discovery(List.of(), List.of()));
    }

    private static boolean hasImplicitEvent(ServiceTemplate service, TemplateResource function, String eventType,
            String apiProperty) {
        Iterator<JsonNode> events = service.property(function, "Events").elements();
        while (events.hasNext()) {
            JsonNode event = events.next();
            if (event.path("Type").asText().equals(eventType) && !CfnValues.present(event.path("Properties").path(apiProperty))) {
                return true;
            }
        }
        return false;
    }
}
