package dev.lambdaobs.dashboardgen.naming;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdaobs.dashboardgen.limits.ApplicationSignalsLimits;
import dev.lambdaobs.dashboardgen.limits.CloudFormationLimits;
import dev.lambdaobs.dashboardgen.limits.CloudWatchLimits;
import dev.lambdaobs.dashboardgen.template.Intrinsics;
import java.util.ArrayList;
import java.util.List;

/**
 * Where alarm and dashboard names come from. Alarm names are unique per account and Region and
 * dashboard names per account, so in merge mode they start with the stack name (dashboards also
 * with the Region): a second stage or branch stack of one template, or the same stack in another
 * Region, gets names of its own. Standalone output is put by {@code apply} without CloudFormation,
 * so its names start with the service name (give each stage its own {@code --service}).
 *
 * <pre>{@code
 * NameScope.perStack().alarmName("OrdersFn", "Errors");   // "${AWS::StackName}-OrdersFn-Errors"
 * NameScope.perStack().dashboardName("summary");          // "${AWS::StackName}-${AWS::Region}-summary"
 * NameScope.perService("orders").alarmName("OrdersFn", "Errors");  // "orders-OrdersFn-Errors"
 * }</pre>
 */
public final class NameScope {
    static final String STACK_NAME = "${AWS::StackName}";
    static final String REGION = "${AWS::Region}";

    private final String service;
    private final boolean perStack;

    private NameScope(String service, boolean perStack) {
        this.service = service;
        this.perStack = perStack;
    }

    /** Names that start with the stack name (merge mode). */
    public static NameScope perStack() {
        return new NameScope("", true);
    }

    /** Names that start with the service name (standalone mode). */
    public static NameScope perService(String service) {
        return new NameScope(service, false);
    }

    /** An alarm name within {@link CloudWatchLimits#MAX_ALARM_NAME_LENGTH} for any stack name. */
    public String alarmName(String... parts) {
        if (!perStack) {
            return Names.alarmName(CloudWatchLimits.MAX_ALARM_NAME_LENGTH, withService(parts));
        }
        int budget = CloudWatchLimits.MAX_ALARM_NAME_LENGTH - CloudFormationLimits.MAX_STACK_NAME_LENGTH - 1;
        return STACK_NAME + "-" + Names.alarmName(budget, parts);
    }

    /** A dashboard name within {@link CloudWatchLimits#MAX_DASHBOARD_NAME_LENGTH} for any stack name and Region. */
    public String dashboardName(String... parts) {
        if (!perStack) {
            return Names.dashboardName(CloudWatchLimits.MAX_DASHBOARD_NAME_LENGTH, withService(parts));
        }
        int budget = CloudWatchLimits.MAX_DASHBOARD_NAME_LENGTH - CloudFormationLimits.MAX_STACK_NAME_LENGTH
                - CloudFormationLimits.MAX_REGION_LENGTH - 2;
        return STACK_NAME + "-" + REGION + "-" + Names.dashboardName(budget, parts);
    }

    /**
     * A service level objective name within {@link ApplicationSignalsLimits#MAX_SLO_NAME_LENGTH}. A stack name may be as
     * long as an SLO name, so per stack the name ends with the unique last part of the stack id instead.
     */
    public JsonNode sloName(String... parts) {
        if (!perStack) {
            return Intrinsics.text(Names.dashboardName(ApplicationSignalsLimits.MAX_SLO_NAME_LENGTH, withService(parts)));
        }
        int budget = ApplicationSignalsLimits.MAX_SLO_NAME_LENGTH - ApplicationSignalsLimits.STACK_ID_UUID_LENGTH - 1;
        ObjectNode join = JsonNodeFactory.instance.objectNode();
        join.putArray("Fn::Join").add("-").addArray().add(Names.dashboardName(budget, parts))
                .add(Intrinsics.selectSplit(2, "/", Intrinsics.ref("AWS::StackId")));
        return join;
    }

    /** A name as a CloudFormation value: an {@code Fn::Sub} when it holds the stack name or Region, else the text. */
    public static JsonNode value(String name) {
        return name.contains("${") ? Intrinsics.sub(name) : Intrinsics.text(name);
    }

    /** The length a name reaches with the longest stack name and Region CloudFormation allows. */
    public static int worstCaseLength(String name) {
        return name.replace(STACK_NAME, "s".repeat(CloudFormationLimits.MAX_STACK_NAME_LENGTH))
                .replace(REGION, "r".repeat(CloudFormationLimits.MAX_REGION_LENGTH)).length();
    }

    private String[] withService(String... parts) {
        List<String> all = new ArrayList<>();
        all.add(service);
        all.addAll(List.of(parts));
        return all.toArray(String[]::new);
    }
}
