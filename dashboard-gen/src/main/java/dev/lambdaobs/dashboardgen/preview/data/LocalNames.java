package dev.lambdaobs.dashboardgen.preview.data;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matches what a template writes for a resource's name (a literal, or a {@code ${LogicalId}} or
 * {@code ${LogicalId.Attribute}} placeholder) against the name a resource had in a local run.
 * CloudFormation names a resource {@code <stack>-<LogicalId>-<suffix>}, SAM's local tools name it
 * by its logical id, and the example's local run {@code lambdaobs-example-<LogicalId>}: a placeholder
 * matches a local name that is its logical id or holds it as a dash-separated part.
 */
public final class LocalNames {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9]+)(?:\\.[A-Za-z0-9.]+)?}");

    private LocalNames() {
    }

    /** Whether the template's {@code expected} value names the local {@code actual} one. */
    public static boolean matches(String expected, String actual) {
        if (expected.equals(actual)) {
            return true;
        }
        Matcher placeholder = PLACEHOLDER.matcher(expected);
        if (!placeholder.matches()) {
            return false;
        }
        String id = placeholder.group(1);
        return actual.equals(id) || actual.endsWith("-" + id) || actual.contains("-" + id + "-");
    }

    /** The logical id a placeholder names, or {@code null} for a literal. */
    public static String logicalId(String value) {
        Matcher placeholder = PLACEHOLDER.matcher(value);
        return placeholder.matches() ? placeholder.group(1) : null;
    }
}
