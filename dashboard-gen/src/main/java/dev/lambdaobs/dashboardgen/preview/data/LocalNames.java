package dev.lambdaobs.dashboardgen.preview.data;

/**
 * Matches what a template writes for a resource's name (a literal, or a {@code ${LogicalId}} or
 * {@code ${LogicalId.Attribute}} placeholder) against the name a resource had in a local run.
 * CloudFormation names a resource {@code <stack>-<LogicalId>-<suffix>}, SAM's local tools name it
 * by its logical id, and the example's local run {@code lambdaobs-example-<LogicalId>}: a placeholder
 * matches a local name that is its logical id or holds it as a dash-separated part.
 */
public final class LocalNames {
    private LocalNames() {
    }

    /** Whether the template's {@code expected} value names the local {@code actual} one. */
    public static boolean matches(String expected, String actual) {
        if (expected.equals(actual)) {
            return true;
        }
        String id = logicalId(expected);
        if (id == null || actual.length() < id.length()) {
            return false;
        }
        int at = actual.lastIndexOf(id);
        while (at >= 0) {
            int end = at + id.length();
            if ((at == 0 || actual.charAt(at - 1) == '-') && (end == actual.length() || actual.charAt(end) == '-')) {
                return true;
            }
            at = actual.lastIndexOf(id, at - 1);
        }
        return false;
    }

    /** The logical id a placeholder names, or {@code null} for a literal. */
    public static String logicalId(String value) {
        if (!value.startsWith("${") || !value.endsWith("}")) {
            return null;
        }
        String inner = value.substring(2, value.length() - 1);
        int dot = inner.indexOf('.');
        String id = dot < 0 ? inner : inner.substring(0, dot);
        return !id.isEmpty() && id.chars().allMatch(Character::isLetterOrDigit) ? id : null;
    }
}
