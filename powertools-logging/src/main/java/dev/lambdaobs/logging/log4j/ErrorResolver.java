package dev.lambdaobs.logging.log4j;

import dev.lambdaobs.core.schema.LogFields;
import java.io.PrintWriter;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.util.StringBuilderWriter;
import org.apache.logging.log4j.layout.template.json.util.JsonWriter;

/**
 * Writes {@code "error":{"type","message","stack"}} for a line with an exception. The whole stack
 * trace (causes and suppressed exceptions included) is one JSON string, so it stays in one line; it
 * is truncated like every long string. An exception whose {@code getMessage()} throws still gives a
 * valid line: the message says so and the stack lists the frames.
 */
final class ErrorResolver implements FlatteningResolver {
    private static final String ERROR = JsonKeys.prefix(LogFields.ERROR);
    private static final String TYPE = JsonKeys.prefix(leaf(LogFields.ERROR_TYPE));
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
        JsonKeys.key(writer, false, TYPE);
        writer.writeString(thrown.getClass().getName());
        JsonKeys.key(writer, true, MESSAGE);
        writer.writeString(message(thrown));
        JsonKeys.key(writer, true, STACK);
        writer.writeString(ErrorResolver::appendStack, thrown);
        writer.writeObjectEnd();
    }

    private static String message(Throwable thrown) {
        try {
            return thrown.getMessage();
        } catch (RuntimeException | StackOverflowError e) {
            return "<getMessage() threw " + e.getClass().getName() + ">";
        }
    }

    private static void appendStack(StringBuilder out, Throwable thrown) {
        int start = out.length();
        try {
            thrown.printStackTrace(new PrintWriter(new StringBuilderWriter(out)));
        } catch (RuntimeException | StackOverflowError e) {
            // printStackTrace calls toString(), which may call a failing getMessage(): list the frames alone.
            out.setLength(start);
            out.append(thrown.getClass().getName()).append(": ").append(message(thrown));
            for (StackTraceElement frame : thrown.getStackTrace()) {
                out.append("\n\tat ").append(frame);
            }
        }
        trimTrailingNewline(out);
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
