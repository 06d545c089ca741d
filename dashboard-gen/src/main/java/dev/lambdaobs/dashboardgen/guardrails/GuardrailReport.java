package dev.lambdaobs.dashboardgen.guardrails;

import java.util.ArrayList;
import java.util.List;

/**
 * What the guardrails did to the user's own template, and what they found without changing it.
 *
 * <pre>{@code
 * report.changes(); // ["template.yaml:12 (resource Orders): added log group OrdersLogGroup ..."]
 * report.notes();   // ["Tracing: not active on functions Orders; run with --fix-tracing ..."]
 * }</pre>
 *
 * @param changes every change made to the user's resources or template (merge mode)
 * @param notes   findings and hints that changed nothing
 */
public record GuardrailReport(List<String> changes, List<String> notes) {
    public static final GuardrailReport NONE = new GuardrailReport(List.of(), List.of());

    public GuardrailReport {
        changes = List.copyOf(changes);
        notes = List.copyOf(notes);
    }

    /** Names a note lists at most, so a large service still gets a readable summary line. */
    static final int LISTED = 10;

    /** {@code a, b, c} or, beyond {@link #LISTED}, the first ones and {@code and N more}. */
    static String listed(java.util.List<String> names) {
        String shown = String.join(", ", names.subList(0, Math.min(LISTED, names.size())));
        return names.size() > LISTED ? shown + " and " + (names.size() - LISTED) + " more" : shown;
    }

    /** Collects changes and notes while the guardrails run. */
    static final class Builder {
        private final List<String> changes = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        void change(String change) {
            changes.add(change);
        }

        void note(String note) {
            notes.add(note);
        }

        GuardrailReport build() {
            return new GuardrailReport(changes, notes);
        }
    }
}
