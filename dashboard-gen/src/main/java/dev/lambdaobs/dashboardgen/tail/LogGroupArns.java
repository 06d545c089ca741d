package dev.lambdaobs.dashboardgen.tail;

import dev.lambdaobs.dashboardgen.limits.LiveTailLimits;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.regions.PartitionMetadata;
import software.amazon.awssdk.regions.Region;

/**
 * Live Tail names log groups by ARN only, at most {@link LiveTailLimits#MAX_LOG_GROUPS_PER_SESSION}
 * per session. This turns the service's log group names into ARNs in the caller's account and Region
 * (an ARN given is kept, so groups of linked source accounts can be tailed from a monitoring
 * account) and splits them into sessions.
 *
 * <pre>{@code
 * List<List<String>> sessions = LogGroupArns.sessions(List.of("/aws/lambda/orders"), Region.EU_WEST_1, "123456789012");
 * // [[arn:aws:logs:eu-west-1:123456789012:log-group:/aws/lambda/orders]]
 * }</pre>
 */
public final class LogGroupArns {
    private LogGroupArns() {
    }

    /** The ARN of a log group: a name in {@code region} and {@code account}, or an ARN without its trailing {@code :*}. */
    public static String arn(String nameOrArn, Region region, String account) {
        if (nameOrArn.startsWith("arn:")) {
            return nameOrArn.endsWith(":*") ? nameOrArn.substring(0, nameOrArn.length() - 2) : nameOrArn;
        }
        return "arn:" + PartitionMetadata.of(region).id() + ":logs:" + region.id() + ":" + account + ":log-group:" + nameOrArn;
    }

    /** The ARNs of {@code groups}, in order, in sessions of at most ten. */
    public static List<List<String>> sessions(List<String> groups, Region region, String account) {
        List<List<String>> sessions = new ArrayList<>();
        for (int from = 0; from < groups.size(); from += LiveTailLimits.MAX_LOG_GROUPS_PER_SESSION) {
            List<String> arns = new ArrayList<>();
            for (String group : groups.subList(from, Math.min(groups.size(), from + LiveTailLimits.MAX_LOG_GROUPS_PER_SESSION))) {
                arns.add(arn(group, region, account));
            }
            sessions.add(List.copyOf(arns));
        }
        return List.copyOf(sessions);
    }
}
