package dev.lambdaobs.dashboardgen.generate;

import dev.lambdaobs.dashboardgen.input.BadInputException;
import java.util.Locale;

/**
 * How alarms that share a signal are written ({@code --alarm-style}).
 *
 * <pre>{@code
 * AlarmStyle.parse("auto");   // AUTO
 * }</pre>
 */
public enum AlarmStyle {
    /** One alarm per resource and rule. */
    PER_RESOURCE,
    /** One Metrics Insights alarm per rule for the resources whose alarms would be alike; fails beyond the Insights quota. */
    INSIGHTS,
    /** Per resource when the output fits one stack, else Insights within the quota (see the README for the rule). */
    AUTO;

    /** The option's value: {@code per-resource}, {@code insights} or {@code auto}. */
    public static AlarmStyle parse(String value) {
        for (AlarmStyle style : values()) {
            if (style.option().equals(value.toLowerCase(Locale.ROOT))) {
                return style;
            }
        }
        throw new BadInputException("--alarm-style " + value + ": expected per-resource, insights or auto");
    }

    /** The spelling on the command line. */
    public String option() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
