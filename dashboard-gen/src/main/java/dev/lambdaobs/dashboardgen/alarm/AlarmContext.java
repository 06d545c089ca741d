package dev.lambdaobs.dashboardgen.alarm;

import dev.lambdaobs.dashboardgen.config.GeneratorConfig;
import dev.lambdaobs.dashboardgen.naming.LogicalIds;

/**
 * What every alarm of one service shares: its name, config (actions, runbook) and logical id allocator.
 *
 * @param service the service name, first part of every alarm name
 * @param config  actions per severity, runbook, overrides
 * @param ids     allocates logical ids unique in the output template
 */
public record AlarmContext(String service, GeneratorConfig config, LogicalIds ids) {
}
