package dev.lambdaobs.dashboardgen.alarm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Routes an alarm to its severity's actions: notified on ALARM and again on recovery (OK). */
final class AlarmActions {
    private AlarmActions() {
    }

    static void apply(ObjectNode properties, List<String> actions) {
        properties.put("ActionsEnabled", true);
        if (!actions.isEmpty()) {
            actions.forEach(properties.putArray("AlarmActions")::add);
            actions.forEach(properties.putArray("OKActions")::add);
        }
    }
}
