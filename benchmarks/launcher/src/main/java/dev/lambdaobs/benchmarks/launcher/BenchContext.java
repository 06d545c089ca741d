package dev.lambdaobs.benchmarks.launcher;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;

/**
 * The Lambda {@link Context} of one benchmark invocation, as the runtime would pass it: like the runtime's,
 * its getters return values read once (the environment at start-up, the invocation's ids), so a library
 * that reads them per invocation pays what it would pay in Lambda.
 *
 * <p>Example: {@code Context ctx = BenchContext.of(Invocations.requestId(1), Invocations.traceHeader(1));}
 */
public final class BenchContext implements Context {
    private static final String FUNCTION_NAME = LambdaEnv.functionName();
    private static final String LOG_GROUP = "/aws/lambda/" + FUNCTION_NAME;
    private static final String FUNCTION_ARN =
            "arn:aws:lambda:" + LambdaEnv.region() + ":123456789012:function:" + FUNCTION_NAME;
    private static final int MEMORY_MB = LambdaEnv.memoryMb();

    private final String requestId;
    private final String traceHeader;

    private BenchContext(String requestId, String traceHeader) {
        this.requestId = requestId;
        this.traceHeader = traceHeader;
    }

    /** A context for one invocation with its own request id and X-Ray trace header. */
    public static BenchContext of(String requestId, String traceHeader) {
        return new BenchContext(requestId, traceHeader);
    }

    @Override public String getAwsRequestId() { return requestId; }
    @Override public String getLogGroupName() { return LOG_GROUP; }
    @Override public String getLogStreamName() { return "2026/01/01/[$LATEST]0123456789abcdef"; }
    @Override public String getFunctionName() { return FUNCTION_NAME; }
    @Override public String getFunctionVersion() { return "$LATEST"; }
    @Override public String getInvokedFunctionArn() { return FUNCTION_ARN; }
    @Override public CognitoIdentity getIdentity() { return null; }
    @Override public ClientContext getClientContext() { return null; }
    @Override public int getRemainingTimeInMillis() { return 30_000; }
    @Override public int getMemoryLimitInMB() { return MEMORY_MB; }
    @Override public String getXrayTraceId() { return traceHeader; }

    @Override
    public LambdaLogger getLogger() {
        return new LambdaLogger() {
            @Override public void log(String message) { System.out.print(message); }
            @Override public void log(byte[] message) { System.out.print(new String(message, java.nio.charset.StandardCharsets.UTF_8)); }
        };
    }
}
