package dev.lambdaobs.examples.localrun;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment Lambda gives a function process, built from scratch so nothing of the caller's
 * shell (a real AWS profile or credentials) reaches the function.
 *
 * @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-runtime">Defined runtime environment variables</a>
 */
final class FunctionEnvironment {
    /** Static, obviously fake credentials: the SDK signs requests, the stand-in ignores signatures. */
    static final String ACCESS_KEY_ID = "AKIALOCALRUNEXAMPLE";
    static final String SECRET_ACCESS_KEY = "local-run-secret-not-a-real-key";
    static final String SESSION_TOKEN = "local-run-session-token";

    private FunctionEnvironment() {
    }

    static Map<String, String> of(LocalFunction function, LaunchSettings settings, String runtimeApi) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin"));
        env.put("LANG", "en_US.UTF-8");
        env.put("TZ", ":UTC");
        env.put("_HANDLER", function.handler());
        env.put("AWS_EXECUTION_ENV", "AWS_Lambda_java21");
        env.put("AWS_REGION", settings.region());
        env.put("AWS_DEFAULT_REGION", settings.region());
        env.put("AWS_LAMBDA_FUNCTION_NAME", function.functionName());
        env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(function.memoryMb()));
        env.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
        env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + function.functionName());
        env.put("AWS_LAMBDA_LOG_STREAM_NAME", "local/[$LATEST]" + Long.toHexString(System.nanoTime()));
        env.put("AWS_LAMBDA_RUNTIME_API", runtimeApi);
        env.put("LAMBDA_TASK_ROOT", settings.taskRoot().toString());
        env.put("LAMBDA_RUNTIME_DIR", settings.taskRoot().toString());
        env.put("AWS_ACCESS_KEY_ID", ACCESS_KEY_ID);
        env.put("AWS_SECRET_ACCESS_KEY", SECRET_ACCESS_KEY);
        env.put("AWS_SESSION_TOKEN", SESSION_TOKEN);
        env.put("AWS_XRAY_DAEMON_ADDRESS", settings.xrayDaemonAddress());
        env.put("AWS_XRAY_CONTEXT_MISSING", "LOG_ERROR");
        env.put("AWS_ENDPOINT_URL", settings.awsEndpoint());
        env.putAll(function.environment());
        return env;
    }
}
