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
 *
 * <p>Priming runs with two classes of context, this one and {@link #twin()}'s: were it one, the JIT would
 * compile the calls to {@link Context} methods for that class alone (class hierarchy analysis), and loading the
 * runtime's own context class at the first real invocation would throw that code away (made not entrant), back
 * to the interpreter.
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

    /** The same context, of another class implementing {@link Context} (see the class comment). */
    Context twin() {
        return new Twin(this);
    }

    private static final class Twin implements Context {
        private final Context context;

        Twin(Context context) {
            this.context = context;
        }

        @Override
        public String getAwsRequestId() {
            return context.getAwsRequestId();
        }

        @Override
        public String getLogGroupName() {
            return context.getLogGroupName();
        }

        @Override
        public String getLogStreamName() {
            return context.getLogStreamName();
        }

        @Override
        public String getFunctionName() {
            return context.getFunctionName();
        }

        @Override
        public String getFunctionVersion() {
            return context.getFunctionVersion();
        }

        @Override
        public String getInvokedFunctionArn() {
            return context.getInvokedFunctionArn();
        }

        @Override
        public CognitoIdentity getIdentity() {
            return context.getIdentity();
        }

        @Override
        public ClientContext getClientContext() {
            return context.getClientContext();
        }

        @Override
        public int getRemainingTimeInMillis() {
            return context.getRemainingTimeInMillis();
        }

        @Override
        public int getMemoryLimitInMB() {
            return context.getMemoryLimitInMB();
        }

        @Override
        public LambdaLogger getLogger() {
            return context.getLogger();
        }

        @Override
        public String getXrayTraceId() {
            return context.getXrayTraceId();
        }
    }
}
