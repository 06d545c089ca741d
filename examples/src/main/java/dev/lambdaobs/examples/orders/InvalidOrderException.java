package dev.lambdaobs.examples.orders;

/** The client sent an order we cannot accept; the API answers 400 with the message. */
public final class InvalidOrderException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidOrderException(String message) {
        super(message);
    }
}
