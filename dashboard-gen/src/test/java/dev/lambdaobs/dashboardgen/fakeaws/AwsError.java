package dev.lambdaobs.dashboardgen.fakeaws;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** An error the fake service answers with, as the real one would (status, error code, extra fields). */
public final class AwsError extends Exception {
    private final int status;
    private final String code;
    private final transient ObjectNode extra;

    public AwsError(int status, String code, String message) {
        this(status, code, message, FakeAwsServer.JSON.createObjectNode());
    }

    public AwsError(int status, String code, String message, ObjectNode extra) {
        super(message);
        this.status = status;
        this.code = code;
        this.extra = extra;
    }

    public static AwsError throttling() {
        return new AwsError(400, "Throttling", "Rate exceeded");
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    ObjectNode extra() {
        return extra;
    }
}
