package dev.lambdaobs.logging;

/** Text of any object without ever throwing: a {@code toString()} that throws is named instead. */
public final class SafeText {
    private SafeText() {
    }

    /** {@code String.valueOf(value)}, or {@code <ClassName.toString() threw ExceptionName>}. */
    public static String of(Object value) {
        try {
            return String.valueOf(value);
        } catch (RuntimeException | StackOverflowError e) {
            return "<" + value.getClass().getName() + ".toString() threw " + e.getClass().getName() + ">";
        }
    }
}
