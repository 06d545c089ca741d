package dev.lambdaobs.dashboardgen.input;

/**
 * Input the generator cannot use: a malformed or missing template, an unknown YAML tag, a config
 * error. The message names the place (file:line, resource, key) and what was expected. The CLI maps
 * it to exit code 2.
 *
 * <pre>{@code
 * throw new BadInputException(location, "unknown tag !Foo; expected a CloudFormation intrinsic function");
 * }</pre>
 */
public final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(SourceLocation where, String message) {
        super(where + ": " + message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
