package dev.lambdaobs.dashboardgen.guardrails;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdaobs.dashboardgen.template.CfnValues;
import dev.lambdaobs.dashboardgen.template.Intrinsics;
import dev.lambdaobs.dashboardgen.template.ServiceTemplate;
import dev.lambdaobs.dashboardgen.template.TemplateResource;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Active tracing needs {@code xray:PutTraceSegments} and {@code xray:PutTelemetryRecords} in the
 * function's execution role, or Lambda rejects the change. SAM adds them to the role it creates;
 * a role of the user's own gets the AWS managed policy {@code AWSXRayDaemonWriteAccess} when the
 * template declares it and grants nothing for X-Ray yet, otherwise the summary says what to grant.
 *
 * @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html#services-xray-permissions">Lambda: X-Ray execution role permissions</a>
 */
final class TracingPermissions {
    static final String XRAY_POLICY = "arn:${AWS::Partition}:iam::aws:policy/AWSXRayDaemonWriteAccess";
    private static final List<String> GRANTS = List.of("xray:PutTraceSegments", "xray:*", "AWSXRayDaemonWriteAccess",
            "AWSXrayWriteOnlyAccess");
    private static final String ROLE = "AWS::IAM::Role";

    private TracingPermissions() {
    }

    static void ensure(ObjectNode template, ServiceTemplate service, TemplateResource function, GuardrailReport.Builder report) {
        JsonNode role = function.property("Role");
        if (function.type().equals(ServiceTemplate.SAM_FUNCTION) && !CfnValues.present(role)) {
            return;
        }
        Optional<String> roleId = CfnValues.referencedId(role).filter(id -> service.isOfType(id, Set.of(ROLE)));
        if (roleId.isEmpty()) {
            report.note(function.describe() + ": its execution role is not in the template; make sure it allows "
                    + "xray:PutTraceSegments and xray:PutTelemetryRecords (e.g. the AWSXRayDaemonWriteAccess managed policy)");
            return;
        }
        ObjectNode properties = OutputResources.properties(template, roleId.get());
        String granted = properties.toString();
        if (GRANTS.stream().anyMatch(granted::contains)) {
            return;
        }
        JsonNode managed = properties.get("ManagedPolicyArns");
        if (managed != null && !managed.isArray()) {
            report.note(roleId.get() + ": ManagedPolicyArns is not a plain list; add AWSXRayDaemonWriteAccess for " + function.logicalId());
            return;
        }
        (managed == null ? properties.putArray("ManagedPolicyArns") : (ArrayNode) managed)
                .add(Intrinsics.sub(XRAY_POLICY));
        report.change(service.resource(roleId.get()).orElseThrow().describe() + ": added managed policy AWSXRayDaemonWriteAccess "
                + "so " + function.logicalId() + " may send traces");
    }
}
