package dev.lambdaobs.dashboardgen.preview.alarm;

import java.util.List;

/**
 * What an alarm would be on the local data.
 *
 * @param name       the alarm's name
 * @param severity   {@code critical}, {@code warning} or empty
 * @param composite  whether it is a composite alarm
 * @param state      the state reached, or {@code null} when it cannot be evaluated locally
 * @param condition  the alarm's condition in words (statistic, comparison, threshold, M of N, missing data)
 * @param reason     why it reached the state, or why it was not evaluated
 * @param datapoints the datapoints that decided, oldest first
 * @param localData  whether any local sample fed it
 */
public record AlarmVerdict(String name, String severity, boolean composite, AlarmState state, String condition, String reason,
        List<Datapoint> datapoints, boolean localData) {

    /** The state as shown: the state's name, or {@code NOT EVALUATED}. */
    public String shownState() {
        return state == null ? "NOT EVALUATED" : state.name();
    }
}
