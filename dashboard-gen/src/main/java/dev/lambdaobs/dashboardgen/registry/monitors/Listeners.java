package dev.lambdaobs.dashboardgen.registry.monitors;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.template.CfnValues;
import dev.lambdaobs.dashboardgen.template.ServiceTemplate;
import dev.lambdaobs.dashboardgen.template.TemplateResource;
import java.util.Optional;

/** Finds the load balancer whose listener (or listener rule) forwards to a target group. */
final class Listeners {
    private static final String LISTENER = "AWS::ElasticLoadBalancingV2::Listener";
    private static final String RULE = "AWS::ElasticLoadBalancingV2::ListenerRule";

    private Listeners() {
    }

    static Optional<String> loadBalancerOf(ServiceTemplate service, String targetGroupId) {
        for (TemplateResource resource : service.resources()) {
            Optional<TemplateResource> listener = Optional.empty();
            if (resource.type().equals(LISTENER) && forwardsTo(resource.property("DefaultActions"), targetGroupId)) {
                listener = Optional.of(resource);
            } else if (resource.type().equals(RULE) && forwardsTo(resource.property("Actions"), targetGroupId)) {
                listener = CfnValues.referencedId(resource.property("ListenerArn")).flatMap(service::resource);
            }
            Optional<String> lb = listener.flatMap(l -> CfnValues.referencedId(l.property("LoadBalancerArn")));
            if (lb.isPresent()) {
                return lb;
            }
        }
        return Optional.empty();
    }

    private static boolean forwardsTo(JsonNode actions, String targetGroupId) {
        for (JsonNode action : actions) {
            if (refersTo(action.path("TargetGroupArn"), targetGroupId)) {
                return true;
            }
            for (JsonNode weighted : action.path("ForwardConfig").path("TargetGroups")) {
                if (refersTo(weighted.path("TargetGroupArn"), targetGroupId)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean refersTo(JsonNode value, String id) {
        return CfnValues.referencedId(value).filter(id::equals).isPresent();
    }
}
