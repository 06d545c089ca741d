package dev.lambdaobs.benchmarks.harness;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How every measured JVM is started: the JDK running the harness, the flags of the Java 17+ Lambda runtimes
 * (C1 only, Serial GC) and the Lambda environment variables of the baseline.
 *
 * <p>Example: {@code ProcessBuilder pb = LambdaJvm.process(List.of("-cp", jar), List.of("Main"));}
 */
final class LambdaJvm {
    /** The flags the Java 17+ Lambda runtimes use by default. */
    static final List<String> LAMBDA_FLAGS =
            List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    static final String TRACE_HEADER = "Root=1-6a000000-000000000000000000000001;Parent=0000000000000001;Sampled=1";
    static final String LAUNCHER = "dev.lambdaobs.benchmarks.launcher.Launcher";
    static final String XRAY_DAEMON = "127.0.0.1:2000";

    private LambdaJvm() {
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** java, the Lambda flags, the trace header property, then {@code jvmArgs} and {@code mainAndArgs}. */
    static ProcessBuilder process(List<String> jvmArgs, List<String> mainAndArgs) {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(LAMBDA_FLAGS);
        command.add("-Dcom.amazonaws.xray.traceHeader=" + TRACE_HEADER);
        command.addAll(jvmArgs);
        command.addAll(mainAndArgs);
        ProcessBuilder builder = new ProcessBuilder(command);
        // Our module selection comes from the variant only, never from the shell that runs the harness.
        builder.environment().remove("POWERTOOLS_BACKGROUND_STARTUP");
        builder.environment().putAll(environment());
        return builder;
    }

    /** The launcher in {@code mode} ("cold" or "warm") for one variant, with the variant's own variables. */
    static ProcessBuilder launcher(Variant variant, List<String> extraJvmArgs, String mode, String... args) {
        List<String> jvmArgs = new ArrayList<>(extraJvmArgs);
        jvmArgs.add("-cp");
        jvmArgs.add(variant.jar().toString());
        List<String> main = new ArrayList<>(List.of(LAUNCHER, mode, variant.handlerClass()));
        main.addAll(List.of(args));
        ProcessBuilder builder = process(jvmArgs, main);
        builder.environment().putAll(variant.environment());
        return builder;
    }

    /** What the Lambda service sets for an on-demand function, plus the peer libraries' own settings. */
    static Map<String, String> environment() {
        return Map.ofEntries(
                Map.entry("AWS_LAMBDA_FUNCTION_NAME", "bench-orders"),
                Map.entry("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1024"),
                Map.entry("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST"),
                Map.entry("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/bench-orders"),
                Map.entry("AWS_LAMBDA_LOG_STREAM_NAME", "2026/01/01/[$LATEST]0123456789abcdef"),
                Map.entry("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand"),
                Map.entry("AWS_REGION", "eu-west-1"),
                Map.entry("AWS_DEFAULT_REGION", "eu-west-1"),
                Map.entry("AWS_EXECUTION_ENV", "AWS_Lambda_java17"),
                Map.entry("LAMBDA_TASK_ROOT", System.getProperty("java.io.tmpdir")),
                Map.entry("_X_AMZN_TRACE_ID", TRACE_HEADER),
                Map.entry("AWS_XRAY_DAEMON_ADDRESS", XRAY_DAEMON),
                Map.entry("AWS_XRAY_CONTEXT_MISSING", "LOG_ERROR"),
                Map.entry("POWERTOOLS_SERVICE_NAME", "orders"),
                Map.entry("POWERTOOLS_METRICS_NAMESPACE", "LambdaObsBench"));
    }
}
