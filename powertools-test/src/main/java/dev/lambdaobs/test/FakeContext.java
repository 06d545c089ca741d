package dev.lambdaobs.test;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import dev.lambdaobs.core.output.LineSink;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A Lambda {@link Context} for tests, with realistic defaults and every field settable.
 *
 * <pre>{@code
 * Context context = FakeContext.builder().functionName("create-order").requestId("req-1").build();
 * Context another = FakeContext.create();   // a fresh random request id each time
 * }</pre>
 */
public final class FakeContext implements Context {
    private final Builder b;

    private FakeContext(Builder builder) {
        this.b = builder.copy();
    }

    /** A context with defaults and a random request id. */
    public static FakeContext create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with this context's values. */
    public Builder toBuilder() {
        return b.copy();
    }

    @Override public String getAwsRequestId() { return b.requestId; }
    @Override public String getLogGroupName() { return "/aws/lambda/" + b.functionName; }
    @Override public String getLogStreamName() { return "2026/11/21/[" + b.functionVersion + "]0123456789abcdef"; }
    @Override public String getFunctionName() { return b.functionName; }
    @Override public String getFunctionVersion() { return b.functionVersion; }
    @Override public String getInvokedFunctionArn() {
        return b.functionArn != null ? b.functionArn
                : "arn:aws:lambda:" + b.region + ":123456789012:function:" + b.functionName;
    }
    @Override public CognitoIdentity getIdentity() { return null; }
    @Override public ClientContext getClientContext() { return null; }
    @Override public int getRemainingTimeInMillis() { return b.remainingTimeMillis; }
    @Override public int getMemoryLimitInMB() { return b.memoryLimitMb; }
    @Override public LambdaLogger getLogger() { return LOGGER; }
    @Override public String getTenantId() { return b.tenantId; }
    @Override public String getXrayTraceId() { return b.xrayTraceId; }

    /**
     * Like Lambda's logger, each call is one line (Lambda makes each call one log event): written whole,
     * with a line end, so the next line never runs into it.
     */
    private static final LambdaLogger LOGGER = new LambdaLogger() {
        @Override public void log(String message) { LineSink.stdout().writeLine(withoutLineEnd(String.valueOf(message))); }
        @Override public void log(byte[] message) { log(new String(message, StandardCharsets.UTF_8)); }
    };

    private static String withoutLineEnd(String message) {
        int end = message.length();
        while (end > 0 && (message.charAt(end - 1) == '\n' || message.charAt(end - 1) == '\r')) {
            end--;
        }
        return message.substring(0, end);
    }

    /** Builds {@link FakeContext}s; unset fields keep realistic defaults. */
    public static final class Builder {
        private String requestId = UUID.randomUUID().toString();
        private String functionName = "test-function";
        private String functionVersion = "$LATEST";
        private String functionArn;
        private String region = "us-east-1";
        private int memoryLimitMb = 512;
        private int remainingTimeMillis = 30_000;
        private String tenantId;
        private String xrayTraceId;

        private Builder() {
        }

        public Builder requestId(String requestId) { this.requestId = requestId; return this; }
        public Builder functionName(String functionName) { this.functionName = functionName; return this; }
        public Builder functionVersion(String functionVersion) { this.functionVersion = functionVersion; return this; }
        /** The invoked ARN; defaults to the unqualified ARN built from region and function name. */
        public Builder functionArn(String functionArn) { this.functionArn = functionArn; return this; }
        public Builder region(String region) { this.region = region; return this; }
        public Builder memoryLimitMb(int memoryLimitMb) { this.memoryLimitMb = memoryLimitMb; return this; }
        public Builder remainingTimeMillis(int millis) { this.remainingTimeMillis = millis; return this; }
        public Builder tenantId(String tenantId) { this.tenantId = tenantId; return this; }
        /** The header {@code Context.getXrayTraceId()} returns, e.g. {@code TraceHeaders.sampled()}. */
        public Builder xrayTraceId(String xrayTraceId) { this.xrayTraceId = xrayTraceId; return this; }

        public FakeContext build() {
            return new FakeContext(this);
        }

        private Builder copy() {
            Builder copy = new Builder();
            copy.requestId = requestId;
            copy.functionName = functionName;
            copy.functionVersion = functionVersion;
            copy.functionArn = functionArn;
            copy.region = region;
            copy.memoryLimitMb = memoryLimitMb;
            copy.remainingTimeMillis = remainingTimeMillis;
            copy.tenantId = tenantId;
            copy.xrayTraceId = xrayTraceId;
            return copy;
        }
    }
}
