package dev.lambdaobs.logging.log4j;

import dev.lambdaobs.core.masking.TextMasking;
import dev.lambdaobs.core.schema.LogFields;
import dev.lambdaobs.core.text.SafeText;
import java.io.PrintWriter;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.util.StringBuilderWriter;
import org.apache.logging.log4j.layout.template.json.util.JsonWriter;

/**
 * Writes {@code "error":{"name","message","stack"}} for a line with an exception, the keys Powertools for
 * AWS Lambda (Java) writes, so Logs Insights queries written for it keep working. The whole stack
 * trace (causes and suppressed exceptions included) is one JSON string, so it stays in one line; it
 * is truncated like every long string. An exception whose {@code getMessage()} throws still gives a
 * valid line: the message says so and the stack lists the frames. A message that echoes a secret of
 * its input ({@code password=...}, {@code "token":"..."}) is masked, in the message and in the stack.
 */
final class ErrorResolver implements FlatteningResolver {
    private static final String ERROR = JsonKeys.prefix(LogFields.ERROR);
    private static final String NAME = JsonKeys.prefix(leaf(LogFields.ERROR_NAME));
    private static final String MESSAGE = JsonKeys.prefix(leaf(LogFields.ERROR_MESSAGE));
    private static final String STACK = JsonKeys.prefix(leaf(LogFields.ERROR_STACK));

    @Override
    public boolean isResolvable(LogEvent event) {
        return event.getThrown() != null;
    }

    @Override
    public void resolve(LogEvent event, JsonWriter writer, boolean succeedingEntry) {
        Throwable thrown = event.getThrown();
        JsonKeys.key(writer, succeedingEntry, ERROR);
        writer.writeObjectStart();
        JsonKeys.key(writer, false, NAME);
        writer.writeString(thrown.getClass().getName());
        JsonKeys.key(writer, true, MESSAGE);
        writer.writeString(TextMasking.mask(SafeText.message(thrown), ProcessDefaults.masking()));
        JsonKeys.key(writer, true, STACK);
        writer.writeString(ErrorResolver::appendStack, thrown);
        writer.writeObjectEnd();
    }

    private static void appendStack(StringBuilder out, Throwable thrown) {
        int start = out.length();
        try {
            thrown.printStackTrace(new PrintWriter(new StringBuilderWriter(out)));
        } catch (RuntimeException | StackOverflowError e) {
            // printStackTrace calls toString(), which may call a failing getMessage(): list the frames alone.
            out.setLength(start);
            out.append(SafeText.describe(thrown));
            for (StackTraceElement frame : thrown.getStackTrace()) {
                out.append("\n\tat ").append(frame);
            }
        }
        trimTrailingNewline(out);
        maskSecrets(out, start);
    }

    /** The stack repeats every message (causes too): masked like the message. */
    private static void maskSecrets(StringBuilder out, int start) {
        String stack = out.substring(start);
        String masked = TextMasking.mask(stack, ProcessDefaults.masking());
        if (!masked.equals(stack)) {
            out.setLength(start);
            out.append(masked);
        }
    }

    private static void trimTrailingNewline(StringBuilder out) {
        int end = out.length();
        while (end > 0 && (out.charAt(end - 1) == '\n' || out.charAt(end - 1) == '\r')) {
            end--;
        }
        out.setLength(end);
    }

    private static String leaf(String dotted) {
        return dotted.substring(dotted.indexOf('.') + 1);
    }
}
