package dev.lambdaobs.dashboardgen.naming;

import dev.lambdaobs.dashboardgen.limits.CloudFormationLimits;
import dev.lambdaobs.dashboardgen.limits.CloudWatchLimits;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Deterministic names within CloudWatch's and CloudFormation's lengths and character sets. A name
 * depends only on its parts, never on input order, so re-running keeps alarm history; a name
 * that is too long is cut and ends with a hash of the whole, so it stays unique.
 *
 * <pre>{@code
 * Names.logicalId("Alarm", "orders-fn", "Errors");   // "AlarmOrdersfnErrors"
 * Names.alarmName("orders", "OrdersFn", "Errors");   // "orders-OrdersFn-Errors"
 * }</pre>
 */
public final class Names {
    private static final int HASH_CHARS = 8;
    /** Compiled once: every alarm, dashboard and logical id passes here (issue 19, point 9). */
    private static final Pattern NOT_ID = Pattern.compile("[^A-Za-z0-9]");
    private static final Pattern NOT_ALARM_NAME = Pattern.compile("[^A-Za-z0-9._\\-/:]");
    private static final Pattern NOT_DASHBOARD_NAME = Pattern.compile("[^A-Za-z0-9_\\-]");
    private static final Pattern NOT_FILE_NAME = Pattern.compile("[^a-z0-9_\\-]+");

    private Names() {
    }

    /** A CloudFormation logical id: alphanumeric, at most 255 characters. */
    public static String logicalId(String... parts) {
        StringBuilder id = new StringBuilder();
        for (String part : parts) {
            String clean = NOT_ID.matcher(part).replaceAll("");
            if (!clean.isEmpty()) {
                id.append(Character.toUpperCase(clean.charAt(0))).append(clean, 1, clean.length());
            }
        }
        return fit(id.toString(), String.join("|", parts), CloudFormationLimits.MAX_LOGICAL_ID_LENGTH, "");
    }

    /** An alarm name: printable ASCII without quotes (it appears inside composite rules), at most 255 characters. */
    public static String alarmName(String... parts) {
        return alarmName(CloudWatchLimits.MAX_ALARM_NAME_LENGTH, parts);
    }

    /** An alarm name of at most {@code max} characters. */
    public static String alarmName(int max, String... parts) {
        String name = NOT_ALARM_NAME.matcher(String.join("-", parts)).replaceAll("_");
        return fit(name, String.join("|", parts), max, "-");
    }

    /** A dashboard name: {@code [A-Za-z0-9_-]}, at most {@code max} characters. */
    public static String dashboardName(int max, String... parts) {
        String name = NOT_DASHBOARD_NAME.matcher(String.join("-", parts)).replaceAll("_");
        return fit(name, String.join("|", parts), max, "-");
    }

    /** A file name for output ({@code [a-z0-9_-]}). */
    public static String fileName(String name) {
        return NOT_FILE_NAME.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("-");
    }

    /** Eight hex characters of SHA-256: stable across runs and JVMs. */
    public static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    private static String fit(String name, String identity, int max, String separator) {
        if (name.length() <= max && !name.isEmpty()) {
            return name;
        }
        String suffix = separator + hash(identity);
        return name.substring(0, Math.min(name.length(), max - suffix.length())) + suffix;
    }
}
