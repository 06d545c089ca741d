package dev.lambdaobs.core.text;

/**
 * Text of anything without ever throwing: observability must not fail because a user's
 * {@code toString()} or {@code getMessage()} does. Every module uses this one helper, so the same
 * failure reads the same in logs, metrics and traces.
 *
 * <pre>{@code
 * SafeText.of(order);              // order.toString(), or "<com.example.Order.toString() threw java.lang.IllegalStateException>"
 * SafeText.message(error);         // error.getMessage(), or the same kind of note; null when there is none
 * SafeText.describe(error);        // "java.io.IOException: disk full"
 * }</pre>
 */
public final class SafeText {
    private SafeText() {
    }

    /** {@code String.valueOf(value)}, or {@code <ClassName.toString() threw ExceptionName>}. */
    public static String of(Object value) {
        try {
            return String.valueOf(value);
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            return threw(value, "toString", e);
        }
    }

    /** {@code error.getMessage()} (null when it has none), or a note naming what {@code getMessage()} threw. */
    public static String message(Throwable error) {
        try {
            return error.getMessage();
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            return threw(error, "getMessage", e);
        }
    }

    /**
     * The note that stands for a value whose {@code method()} threw {@code failure}, for a caller that
     * caught the failure itself (to report it) and must not call the method a second time:
     * {@code <com.example.Order.toString() threw java.lang.IllegalStateException>}.
     */
    public static String threw(Object value, String method, Throwable failure) {
        return "<" + value.getClass().getName() + "." + method + "() threw " + failure.getClass().getName() + ">";
    }

    /** The class name and, when there is one, the message: {@code java.io.IOException: disk full}. */
    public static String describe(Throwable error) {
        String message = message(error);
        return message == null ? error.getClass().getName() : error.getClass().getName() + ": " + message;
    }
}
