package dev.lambdaobs.dashboardgen.guardrails;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdaobs.dashboardgen.naming.LogicalIds;
import dev.lambdaobs.dashboardgen.registry.monitors.LambdaMonitor;
import dev.lambdaobs.dashboardgen.template.CfnValues;
import dev.lambdaobs.dashboardgen.template.ServiceTemplate;
import dev.lambdaobs.dashboardgen.template.SubText;
import dev.lambdaobs.dashboardgen.template.TemplateResource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Log groups Lambda creates on first write keep logs forever. With {@code guardrails.logRetention: true},
 * every function whose log group the template does not declare ({@code /aws/lambda/<name>}, or its
 * {@code LoggingConfig.LogGroup}) gets an {@code AWS::Logs::LogGroup} of that name with a retention period.
 * That fails the deploy of a function that has already run (its log group exists and CloudFormation cannot
 * create it), so by default those functions are only reported, with what to do. Declared log groups without
 * {@code RetentionInDays} are reported.
 *
 * @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/monitoring-cloudwatchlogs-loggroups.html">Lambda log groups</a>
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-logs-loggroup.html">AWS::Logs::LogGroup</a>
 */
final class LogRetention {
    static final String LOG_GROUP = "AWS::Logs::LogGroup";
    /** CDK's {@code logRetention} sets retention through this custom resource, which creates the log group itself. */
    static final String CDK_LOG_RETENTION = "Custom::LogRetention";

    private LogRetention() {
    }

    static void apply(ObjectNode template, ServiceTemplate service, boolean add, int days, LogicalIds ids,
            GuardrailReport.Builder report) {
        Map<String, String> declared = new HashMap<>();
        for (TemplateResource group : service.resources()) {
            if (group.type().equals(CDK_LOG_RETENTION)) {
                SubText.asSub(group.property("LogGroupName")).ifPresent(name -> declared.put(name, group.logicalId()));
            }
            if (group.type().equals(LOG_GROUP)) {
                SubText.asSub(group.property("LogGroupName")).ifPresent(name -> declared.put(name, group.logicalId()));
                if (!CfnValues.present(group.property("RetentionInDays"))) {
                    report.note(group.describe() + ": log group without RetentionInDays keeps its logs forever; set RetentionInDays");
                }
            }
        }
        Set<String> added = new HashSet<>();
        List<String> undeclared = new ArrayList<>();
        for (TemplateResource function : OutputResources.functions(service)) {
            JsonNode name = LambdaMonitor.logGroup(service, function);
            if (service.referencedType(name).filter(LOG_GROUP::equals).isPresent()) {
                continue;
            }
            Optional<String> text = SubText.asSub(name);
            if (text.isEmpty()) {
                report.note(function.describe() + ": log group " + name + " is not a plain name; cannot tell whether the template "
                        + "declares it, so none was added");
            } else if (declared.containsKey(text.get()) || !added.add(text.get())) {
                continue;
            } else if (!add) {
                undeclared.add(function.logicalId());
            } else {
                String id = ids.allocate(function.logicalId(), "LogGroup");
                OutputResources.add(template, id, logGroup(template, function, name, days));
                report.change(function.describe() + ": added " + LOG_GROUP + " " + id + " (" + text.get() + ") with RetentionInDays "
                        + days);
            }
        }
        if (!undeclared.isEmpty()) {
            String listed = GuardrailReport.listed(undeclared);
            report.note("Log retention: " + undeclared.size() + " function(s) have no declared log group, so Lambda's keeps logs "
                    + "forever (" + listed + "). New service: set guardrails.logRetention: true to add them with "
                    + days + " days. Deployed service: the log groups exist and CloudFormation cannot create them again; "
                    + "set retention with `aws logs put-retention-policy`, or import them into the stack first");
        }
    }

    private static ObjectNode logGroup(ObjectNode template, TemplateResource function, JsonNode name, int days) {
        ObjectNode resource = JsonNodeFactory.instance.objectNode().put("Type", LOG_GROUP);
        JsonNode condition = OutputResources.condition(template, function.logicalId());
        if (condition != null) {
            resource.set("Condition", condition.deepCopy());
        }
        resource.putObject("Properties").put("RetentionInDays", days).set("LogGroupName", name.deepCopy());
        return resource;
    }
}
