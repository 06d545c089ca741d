package dev.lambdaobs.core.pipeline;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import dev.lambdaobs.core.config.PowertoolsConfig;

/**
 * The Lambda context of the priming invocation: the function's own names from the configuration, a
 * request id that says what it is, and a sampled trace header, so tracing builds and encodes its spans
 * as it will for the first real invocation.
 */
final class PrimingContext implements Context {
    static final String REQUEST_ID = "snapstart-priming";
    /** Well-formed, sampled, and never a real trace: nothing of the priming invocation is sent. */
    static final String TRACE_HEADER = "Root=1-00000000-000000000000000000000001;Parent=0000000000000001;Sampled=1";
    private static final int REMAINING_MILLIS = 900_000;
    private static final LambdaLogger SILENT = new LambdaLogger() {
        @Override
        public void log(String message) {
        }

        @Override
        public void log(byte[] message) {
        }
    };

    private final PowertoolsConfig config;
    private final String requestId;

    PrimingContext(PowertoolsConfig config, String requestId) {
        this.config = config;
        this.requestId = requestId;
    }

    @Override
    public String getAwsRequestId() {
        return requestId;
    }

    @Override
    public String getLogGroupName() {
        return "";
    }

    @Override
    public String getLogStreamName() {
        return "";
    }

    @Override
    public String getFunctionName() {
        return config.functionName();
    }

    @Override
    public String getFunctionVersion() {
        return config.functionVersion();
    }

    @Override
    public String getInvokedFunctionArn() {
        return "";
    }

    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    @Override
    public ClientContext getClientContext() {
        return null;
    }

    @Override
    public int getRemainingTimeInMillis() {
        return REMAINING_MILLIS;
    }

    @Override
    public int getMemoryLimitInMB() {
        return config.memorySizeMb();
    }

    @Override
    public LambdaLogger getLogger() {
        return SILENT;
    }

    @Override
    public String getXrayTraceId() {
        return TRACE_HEADER;
    }
}
