package dev.lambdaobs.core;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;

/**
 * Minimal Lambda contexts for core's own tests. Core cannot use powertools-test (the test kit
 * depends on core), so this small stand-in lives here.
 */
public final class TestContexts {
    private TestContexts() {
    }

    public static Context of(String requestId) {
        return new Simple(requestId, null, false);
    }

    public static Context withTraceHeader(String header) {
        return new Simple("req-trace", header, false);
    }

    /** A context whose every getter throws, like a half-implemented mock. */
    public static Context throwing() {
        return new Simple(null, null, true);
    }

    private record Simple(String requestId, String traceHeader, boolean broken) implements Context {
        private <T> T value(T value) {
            if (broken) {
                throw new UnsupportedOperationException("not implemented");
            }
            return value;
        }

        @Override public String getAwsRequestId() { return value(requestId); }
        @Override public String getLogGroupName() { return value("/aws/lambda/core-test"); }
        @Override public String getLogStreamName() { return value("stream"); }
        @Override public String getFunctionName() { return value("core-test"); }
        @Override public String getFunctionVersion() { return value("7"); }
        @Override public String getInvokedFunctionArn() { return value("arn:aws:lambda:eu-west-1:123456789012:function:core-test:live"); }
        @Override public CognitoIdentity getIdentity() { return null; }
        @Override public ClientContext getClientContext() { return null; }
        @Override public int getRemainingTimeInMillis() { return value(1000); }
        @Override public int getMemoryLimitInMB() { return value(256); }
        @Override public LambdaLogger getLogger() { return null; }
        @Override public String getTenantId() { return value("tenant-7"); }
        @Override public String getXrayTraceId() { return value(traceHeader); }
    }
}
