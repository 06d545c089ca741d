package dev.lambdaobs.test;

/**
 * Sets a system property until closed, then restores what was there. The Java 17+ Lambda runtimes
 * pass each invocation's trace header in {@code com.amazonaws.xray.traceHeader}; tests set it this way.
 *
 * <pre>{@code
 * try (SystemPropertyOverride ignored = SystemPropertyOverride.set("com.amazonaws.xray.traceHeader", header)) {
 *     handler.handleRequest(event, context);
 * }
 * }</pre>
 */
public final class SystemPropertyOverride implements AutoCloseable {
    private final String name;
    private final String previous;

    private SystemPropertyOverride(String name, String value) {
        this.name = name;
        this.previous = System.getProperty(name);
        if (value == null) {
            System.clearProperty(name);
        } else {
            System.setProperty(name, value);
        }
    }

    /** Sets {@code name} to {@code value} (null clears it) until the override is closed. */
    public static SystemPropertyOverride set(String name, String value) {
        return new SystemPropertyOverride(name, value);
    }

    @Override
    public void close() {
        if (previous == null) {
            System.clearProperty(name);
        } else {
            System.setProperty(name, previous);
        }
    }
}
