package dev.lambdaobs.dashboardgen.alarm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdaobs.dashboardgen.config.ActionsSuppressor;
import java.util.List;

/** Routes an alarm to its actions: notified on ALARM and again on recovery (OK). */
public final class AlarmActions {
    private AlarmActions() {
    }

    public static void apply(ObjectNode properties, List<String> actions) {
        properties.put("ActionsEnabled", true);
        if (!actions.isEmpty()) {
            actions.forEach(properties.putArray("AlarmActions")::add);
            actions.forEach(properties.putArray("OKActions")::add);
        }
    }

    /** A composite's actions wait while the suppressor alarm is in ALARM. */
    static void suppress(ObjectNode properties, ActionsSuppressor suppressor) {
        properties.put("ActionsSuppressor", suppressor.alarm())
                .put("ActionsSuppressorWaitPeriod", suppressor.waitPeriodSeconds())
                .put("ActionsSuppressorExtensionPeriod", suppressor.extensionPeriodSeconds());
    }
}
