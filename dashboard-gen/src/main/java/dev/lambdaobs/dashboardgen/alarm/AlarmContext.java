package dev.lambdaobs.dashboardgen.alarm;

import dev.lambdaobs.dashboardgen.config.GeneratorConfig;
import dev.lambdaobs.dashboardgen.naming.LogicalIds;
import dev.lambdaobs.dashboardgen.naming.NameScope;

/**
 * What every alarm of one service shares: its name, config (actions, runbook), logical id allocator
 * and where alarm names come from.
 *
 * @param service the service name (logical ids, descriptions)
 * @param config  actions, runbook, overrides
 * @param ids     allocates logical ids unique in the output template
 * @param names   the stack (merge) or service (standalone) that alarm names start with
 */
public record AlarmContext(String service, GeneratorConfig config, LogicalIds ids, NameScope names) {
    /** Names that start with the service name. */
    public AlarmContext(String service, GeneratorConfig config, LogicalIds ids) {
        this(service, config, ids, NameScope.perService(service));
    }
}
