package dev.lambdaobs.dashboardgen.registry.monitors;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.template.CfnValues;
import dev.lambdaobs.dashboardgen.template.ServiceTemplate;
import dev.lambdaobs.dashboardgen.template.TemplateResource;
import dev.lambdaobs.dashboardgen.registry.Discovery;
import dev.lambdaobs.dashboardgen.registry.Facts;
import dev.lambdaobs.dashboardgen.registry.MonitoredResource;
import dev.lambdaobs.dashboardgen.registry.ResourceProfile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
        return users(service, implicitId, eventType, apiProperty).stream().findFirst();
    }

    /**
     * The implicit API as a monitored resource named {@code implicitId}, placed at its first user; nothing
     * when no function makes SAM create it. SAM creates the API only when one of its users is created: when
     * every user has the same condition, the API's monitoring carries it; users with different conditions
     * would need SAM's combined condition, which exists only after the transform, so the API is then skipped.
     */
    static Discovery discover(ServiceTemplate service, String implicitId, String samType, String eventType,
            String apiProperty, ResourceProfile profile, Map<String, JsonNode> dimensions) {
        List<TemplateResource> users = users(service, implicitId, eventType, apiProperty);
        if (users.isEmpty()) {
            return new Discovery(List.of(), List.of());
        }
        Set<Optional<String>> conditions = new HashSet<>();
        users.forEach(user -> conditions.add(user.condition()));
        TemplateResource first = users.get(0);
        if (conditions.size() > 1 && !conditions.contains(Optional.<String>empty())) {
            return Discovery.skipped(first.describe() + ": SAM's " + implicitId + " serves functions with different Conditions "
                    + conditions.stream().flatMap(Optional::stream).sorted().toList() + ", so it exists only when one of them "
                    + "holds; declare the API in the template (with a Condition) to monitor it");
        }
        Optional<String> condition = conditions.size() == 1 ? first.condition() : Optional.empty();
        return Discovery.found(new MonitoredResource(implicitId, implicitId, samType, profile, dimensions, Facts.none(),
                first.location(), condition));
    }

    private static List<TemplateResource> users(ServiceTemplate service, String implicitId, String eventType, String apiProperty) {
        if (service.resource(implicitId).isPresent()) {
            return List.of();
        }
        List<TemplateResource> users = new ArrayList<>();
        for (TemplateResource function : service.resources()) {
            if (function.type().equals(ServiceTemplate.SAM_FUNCTION) && hasImplicitEvent(service, function, eventType, apiProperty)) {
                users.add(function);
            }
        }
        return users;
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
