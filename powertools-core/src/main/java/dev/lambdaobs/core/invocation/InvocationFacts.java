package dev.lambdaobs.core.invocation;

import com.amazonaws.services.lambda.runtime.Context;
import dev.lambdaobs.core.config.PowertoolsConfig;
import java.util.Optional;

/**
 * What is known about one invocation, read once from the Lambda {@link Context}. Where the context
 * is missing or a getter fails, the environment's values (or empty strings) stand in, so nothing
 * downstream has to null-check.
 *
 * <pre>{@code
 * InvocationFacts facts = InvocationFacts.of(context, config, TraceHeaderLookup.system());
 * facts.requestId();   // "c6af9ac6-7b61-11e6-9a41-93e812345678"
 * }</pre>
 *
 * @param requestId       the invocation's request id, empty when unknown
 * @param functionArn     the invoked function ARN (with alias or version qualifier when invoked so)
 * @param functionName    the function name
 * @param functionVersion the function version
 * @param memoryLimitMb   the configured memory in MB, 0 when unknown
 * @param tenantId        the tenant id of a tenant-isolated function, when set
 * @param traceHeader     the X-Ray trace header, when present and well-formed
 */
public record InvocationFacts(
        String requestId,
        String functionArn,
        String functionName,
        String functionVersion,
        int memoryLimitMb,
        Optional<String> tenantId,
        Optional<TraceHeader> traceHeader) {

    /** Reads the facts of the invocation that {@code context} describes; {@code context} may be null. */
    public static InvocationFacts of(Context context, PowertoolsConfig config, TraceHeaderLookup traceHeaders) {
        if (context == null) {
            return new InvocationFacts("", "", config.functionName(), config.functionVersion(),
                    config.memorySizeMb(), Optional.empty(), traceHeaders.find(null));
        }
        int memory = memoryLimitMb(context);
        String tenantId = read(context, Getter.TENANT_ID);
        return new InvocationFacts(
                orEmpty(read(context, Getter.REQUEST_ID)),
                orEmpty(read(context, Getter.FUNCTION_ARN)),
                orDefault(read(context, Getter.FUNCTION_NAME), config.functionName()),
                orDefault(read(context, Getter.FUNCTION_VERSION), config.functionVersion()),
                memory <= 0 ? config.memorySizeMb() : memory,
                tenantId == null || tenantId.isBlank() ? Optional.empty() : Optional.of(tenantId),
                traceHeaders.find(context));
    }

    /** The trace id ({@code Root}) alone, as logs and metrics carry it. */
    public Optional<String> traceId() {
        return traceHeader.map(TraceHeader::root);
    }

    /** The context's text getters; read through a switch, so reading allocates nothing per invocation. */
    private enum Getter { REQUEST_ID, FUNCTION_ARN, FUNCTION_NAME, FUNCTION_VERSION, TENANT_ID }

    private static String read(Context context, Getter getter) {
        try {
            return switch (getter) {
                case REQUEST_ID -> context.getAwsRequestId();
                case FUNCTION_ARN -> context.getInvokedFunctionArn();
                case FUNCTION_NAME -> context.getFunctionName();
                case FUNCTION_VERSION -> context.getFunctionVersion();
                case TENANT_ID -> context.getTenantId();
            };
        } catch (RuntimeException | LinkageError e) {
            // A partial Context implementation (tests, older runtimes) must not break the handler.
            return null;
        }
    }

    private static int memoryLimitMb(Context context) {
        try {
            return context.getMemoryLimitInMB();
        } catch (RuntimeException | LinkageError e) {
            return 0;
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
