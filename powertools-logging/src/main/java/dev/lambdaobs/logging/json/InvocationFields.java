package dev.lambdaobs.logging.json;

import static dev.lambdaobs.logging.json.JsonKeys.key;
import static dev.lambdaobs.logging.json.JsonKeys.prefix;

import dev.lambdaobs.core.config.PowertoolsConfig;
import dev.lambdaobs.core.invocation.Invocation;
import dev.lambdaobs.core.invocation.InvocationFacts;
import dev.lambdaobs.core.invocation.TraceHeader;
import dev.lambdaobs.core.schema.LogFields;
import dev.lambdaobs.logging.context.LogContext;
import dev.lambdaobs.logging.context.ProcessDefaults;
import java.util.Optional;

/**
 * Writes the function and invocation keys ({@code service}, {@code function_*}, {@code cold_start},
 * {@code xray_trace_id}, {@code sampling_rate}, {@code correlation_id}, {@code tenant_id}) of the
 * invocation running on the logging thread, straight into the line. Outside an invocation, only the
 * process' own service and function keys. For backends; not for direct use.
 */
public final class InvocationFields {
    private static final String SERVICE = prefix(LogFields.SERVICE);
    private static final String FUNCTION_NAME = prefix(LogFields.FUNCTION_NAME);
    private static final String FUNCTION_VERSION = prefix(LogFields.FUNCTION_VERSION);
    private static final String FUNCTION_ARN = prefix(LogFields.FUNCTION_ARN);
    private static final String FUNCTION_MEMORY_SIZE = prefix(LogFields.FUNCTION_MEMORY_SIZE);
    private static final String FUNCTION_REQUEST_ID = prefix(LogFields.FUNCTION_REQUEST_ID);
    private static final String COLD_START = prefix(LogFields.COLD_START);
    private static final String XRAY_TRACE_ID = prefix(LogFields.XRAY_TRACE_ID);
    private static final String SAMPLING_RATE = prefix(LogFields.SAMPLING_RATE);
    private static final String CORRELATION_ID = prefix(LogFields.CORRELATION_ID);
    private static final String TENANT_ID = prefix(LogFields.TENANT_ID);

    private InvocationFields() {
    }

    /**
     * Writes the keys of the invocation on this thread.
     *
     * @param succeedingEntry true when a member came before, so a separator is due first
     * @return true when anything was written
     */
    public static boolean write(JsonOut writer, boolean succeedingEntry) {
        LogContext context = LogContext.current();
        Invocation invocation = context != null ? context.invocation() : Invocation.currentOrNull();
        if (invocation == null) {
            return process(ProcessDefaults.config(), writer, succeedingEntry);
        }
        InvocationFacts facts = invocation.facts();
        boolean sep = text(writer, succeedingEntry, SERVICE, invocation.config().serviceName());
        sep = text(writer, sep, FUNCTION_NAME, facts.functionName());
        sep = text(writer, sep, FUNCTION_VERSION, facts.functionVersion());
        sep = text(writer, sep, FUNCTION_ARN, facts.functionArn());
        if (facts.memoryLimitMb() > 0) {
            sep = key(writer, sep, FUNCTION_MEMORY_SIZE);
            writer.writeNumber(facts.memoryLimitMb());
        }
        sep = text(writer, sep, FUNCTION_REQUEST_ID, facts.requestId());
        sep = key(writer, sep, COLD_START);
        writer.writeBoolean(invocation.coldStart());
        Optional<TraceHeader> trace = facts.traceHeader();
        if (trace.isPresent()) {
            sep = text(writer, sep, XRAY_TRACE_ID, trace.get().root());
        }
        if (context != null && context.samplingRate() > 0) {
            sep = key(writer, sep, SAMPLING_RATE);
            writer.writeNumber(context.samplingRate());
        }
        sep = text(writer, sep, CORRELATION_ID, invocation.correlationId().orElse(null));
        Optional<String> tenant = facts.tenantId();
        if (tenant.isPresent()) {
            sep = text(writer, sep, TENANT_ID, tenant.get());
        }
        return sep;
    }

    private static boolean process(PowertoolsConfig config, JsonOut writer, boolean succeedingEntry) {
        boolean sep = text(writer, succeedingEntry, SERVICE, config.serviceName());
        sep = text(writer, sep, FUNCTION_NAME, config.functionName());
        sep = text(writer, sep, FUNCTION_VERSION, config.functionVersion());
        if (config.memorySizeMb() > 0) {
            sep = key(writer, sep, FUNCTION_MEMORY_SIZE);
            writer.writeNumber(config.memorySizeMb());
        }
        return sep;
    }

    /** Writes {@code "key":"value"} when the value is not empty; returns whether a separator is due next. */
    private static boolean text(JsonOut writer, boolean sep, String rawPrefix, String value) {
        if (value == null || value.isEmpty()) {
            return sep;
        }
        key(writer, sep, rawPrefix);
        writer.writeString(value);
        return true;
    }
}
