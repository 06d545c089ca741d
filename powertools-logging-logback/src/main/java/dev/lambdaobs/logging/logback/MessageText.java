package dev.lambdaobs.logging.logback;

import dev.lambdaobs.core.text.SafeText;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

/**
 * Formats a message pattern with its arguments the way the Log4j2 backend does ({@code {}} placeholders,
 * {@code \{}} for a literal one), so both backends write the same {@code message}. Never throws: an
 * argument whose {@code toString()} fails reads {@code [!!!Class@hash=>Exception:message!!!]}, as Log4j2
 * writes it, and a collection, map or array that cannot be written is named instead. Logback's own
 * formatting would write {@code [FAILED toString()]} and report to standard error.
 */
final class MessageText {
    private static final char ESCAPE = '\\';

    private MessageText() {
    }

    /** Appends {@code pattern} with {@code arguments} in place of its placeholders to {@code out}. */
    static void format(StringBuilder out, String pattern, Object[] arguments) {
        if (pattern == null) {
            out.append("null");
            return;
        }
        int next = 0;
        int count = arguments == null ? 0 : arguments.length;
        boolean escaped = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            boolean placeholder = c == '{' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '}';
            if (c == ESCAPE) {
                if (!escaped) {
                    out.append(c);
                }
                escaped = !escaped;
            } else if (placeholder && escaped) {
                out.setLength(out.length() - 1);
                out.append("{}");
                i++;
                escaped = false;
            } else if (placeholder && next < count) {
                argument(out, arguments[next++]);
                i++;
                escaped = false;
            } else {
                out.append(c);
                escaped = false;
            }
        }
    }

    private static void argument(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value.getClass().isArray()) {
            array(out, value);
        } else if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
            out.append(SafeText.of(value));
        } else {
            try {
                out.append(value);
            } catch (RuntimeException | StackOverflowError e) {
                out.append("[!!!").append(value.getClass().getName()).append('@')
                        .append(Integer.toHexString(System.identityHashCode(value))).append("=>");
                String message = e.getMessage();
                String name = e.getClass().getName();
                out.append(name);
                if (!name.equals(message)) {
                    out.append(':').append(message);
                }
                out.append("!!!]");
            }
        }
    }

    private static void array(StringBuilder out, Object value) {
        try {
            String wrapped = Arrays.deepToString(new Object[] {value});
            out.append(wrapped, 1, wrapped.length() - 1);
        } catch (RuntimeException | StackOverflowError e) {
            cannotWrite(out, value, e);
        }
    }

    private static void cannotWrite(StringBuilder out, Object value, Throwable e) {
        out.append('<').append(value.getClass().getName()).append(" could not be written: ")
                .append(e.getClass().getName()).append('>');
    }
}
