package dev.lambdaobs.dashboardgen.apply;

import java.util.List;

/**
 * The outcome of {@code apply}: the planned changes and, per resource put, whether it worked.
 *
 * @param changes  every desired resource and what was (or, in a dry run, would be) done with it
 * @param outcomes one per resource that needed a put, in put order; empty for a dry run
 */
public record ApplyReport(List<Change> changes, List<Outcome> outcomes) {

    /**
     * What happened to one resource.
     *
     * @param change   the planned change
     * @param error    the service's error, or null when the put succeeded
     * @param warnings messages the service returned with a successful put
     */
    public record Outcome(Change change, String error, List<String> warnings) {
        public boolean failed() {
            return error != null;
        }
    }

    /** True when any put failed. */
    public boolean failed() {
        return outcomes.stream().anyMatch(Outcome::failed);
    }

    /** The outcome lines for people, failures naming the resource and the service's error. */
    public String renderOutcomes() {
        StringBuilder out = new StringBuilder();
        for (Outcome outcome : outcomes) {
            Resource resource = outcome.change().desired();
            String what = resource.kind().label() + " " + resource.name();
            if (outcome.failed()) {
                out.append("FAILED  ").append(what).append(": ").append(outcome.error()).append('\n');
            } else {
                out.append(outcome.change().action() == Change.Action.CREATE ? "created " : "updated ").append(what).append('\n');
                outcome.warnings().forEach(w -> out.append("    warning: ").append(w).append('\n'));
            }
        }
        long failures = outcomes.stream().filter(Outcome::failed).count();
        out.append(String.format("%d put, %d failed%n", outcomes.size() - failures, failures));
        return out.toString();
    }
}
