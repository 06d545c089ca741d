package dev.lambdaobs.dashboardgen.alarm;

import dev.lambdaobs.dashboardgen.limits.CloudWatchLimits;
import dev.lambdaobs.dashboardgen.registry.MonitoredResource;
import dev.lambdaobs.dashboardgen.registry.Severity;

/** Alarm descriptions: severity, what it means, which resource (template file and line) and the runbook. */
public final class AlarmDescriptions {
    private AlarmDescriptions() {
    }

    static String of(Severity severity, String meaning, MonitoredResource resource, AlarmContext context) {
        String where = resource.key() + " (" + resource.resourceType() + ", " + resource.location().file().getFileName()
                + ":" + resource.location().line() + ")";
        return of(severity, meaning + ". Resource: " + where, context);
    }

    public static String of(Severity severity, String text, AlarmContext context) {
        String runbook = context.config().runbook().map(link -> " Runbook: " + link).orElse("");
        String description = MetricAlarmFactory.severityPrefix(severity) + text + "." + runbook;
        int max = CloudWatchLimits.MAX_ALARM_DESCRIPTION_LENGTH;
        return description.length() <= max ? description : description.substring(0, max);
    }
}
