package dev.lambdaobs.benchmarks.launcher;

/** The Lambda environment variables the harness sets for every variant (with defaults for IDE runs). */
final class LambdaEnv {
    private LambdaEnv() {
    }

    static String functionName() {
        return getOr("AWS_LAMBDA_FUNCTION_NAME", "bench-orders");
    }

    static String region() {
        return getOr("AWS_REGION", "eu-west-1");
    }

    static int memoryMb() {
        return Integer.parseInt(getOr("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1024"));
    }

    private static String getOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }
}
