package dev.lambdaobs.logging.json;

import dev.lambdaobs.core.masking.TextMasking;
import dev.lambdaobs.core.schema.LogFields;
import dev.lambdaobs.core.text.SafeText;
import dev.lambdaobs.logging.context.ProcessDefaults;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Writes {@code "error":{"name","message","stack"}} for a line with an exception, the keys Powertools for
 * AWS Lambda (Java) writes, so Logs Insights queries written for it keep working. The whole stack
 * trace (causes and suppressed exceptions included) is one JSON string, so it stays in one line; it
 * is truncated like every long string. An exception whose {@code getMessage()} throws still gives a
 * valid line: the message says so and the stack lists the frames. A message that echoes a secret of
 * its input ({@code password=...}, {@code "token":"..."}) is masked, in the message and in the stack.
 * For backends; not for direct use.
 */
public final class ErrorFields {
    private static final String ERROR = JsonKeys.prefix(LogFields.ERROR);
    private static final String NAME = JsonKeys.prefix(leaf(LogFields.ERROR_NAME));
    private static final String MESSAGE = JsonKeys.prefix(leaf(LogFields.ERROR_MESSAGE));
    private static final String STACK = JsonKeys.prefix(leaf(LogFields.ERROR_STACK));

    private ErrorFields() {
    }

    /**
     * Writes the {@code error} member for {@code thrown}.
     *
     * @param succeedingEntry true when a member came before, so a separator is due first
     */
    public static void write(JsonOut writer, boolean succeedingEntry, Throwable thrown) {
        JsonKeys.key(writer, succeedingEntry, ERROR);
        writer.writeObjectStart();
        JsonKeys.key(writer, false, NAME);
        writer.writeString(thrown.getClass().getName());
        JsonKeys.key(writer, true, MESSAGE);
        writer.writeString(TextMasking.mask(SafeText.message(thrown), ProcessDefaults.masking()));
        JsonKeys.key(writer, true, STACK);
        writer.writeString(ErrorFields::appendStack, thrown);
        writer.writeObjectEnd();
    }

    private static void appendStack(StringBuilder out, Throwable thrown) {
        int start = out.length();
        try {
            thrown.printStackTrace(new PrintWriter(new BuilderWriter(out)));
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

    /** Appends to the line's own builder: no intermediate string for the stack. */
    private static final class BuilderWriter extends Writer {
        private final StringBuilder out;

        BuilderWriter(StringBuilder out) {
            this.out = out;
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            out.append(chars, offset, length);
        }

        @Override
        public void write(String text, int offset, int length) {
            out.append(text, offset, offset + length);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
