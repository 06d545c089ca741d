package dev.lambdaobs.dashboardgen.apply;

import java.util.List;

/**
 * What applying one desired resource would do.
 *
 * @param action      create, update or nothing
 * @param desired     the resource as the template wants it
 * @param differences for an update, each differing field as {@code path: old -> new}
 */
public record Change(Action action, Resource desired, List<String> differences) {

    /** What {@code apply} does with a resource. */
    public enum Action {
        CREATE("+"), UPDATE("~"), UNCHANGED("=");

        private final String symbol;

        Action(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    public boolean needsPut() {
        return action != Action.UNCHANGED;
    }
}
