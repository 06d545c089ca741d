package dev.lambdaobs.core.invocation;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import dev.lambdaobs.core.TestContexts;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.utilslite.SdkInternalThreadLocal;

class TraceHeaderLookupTest {
    private static final String FROM_CONTEXT = "Root=1-00000001-000000000000000000000001;Sampled=1";
    private static final String FROM_THREAD = "Root=1-00000002-000000000000000000000002;Sampled=1";
    private static final String FROM_ENV = "Root=1-00000003-000000000000000000000003;Sampled=1";
    private static final String FROM_PROPERTY = "Root=1-00000004-000000000000000000000004;Sampled=1;Lineage=a:1";

    private final Map<String, String> env = new HashMap<>();
    private final Map<String, String> properties = new HashMap<>();
    private final TraceHeaderLookup lookup = TraceHeaderLookup.of(env::get, properties::get);

    @AfterEach
    void clearThreadLocal() {
        SdkInternalThreadLocal.remove(TraceHeaderLookup.THREAD_LOCAL_KEY);
    }

    @Test
    void prefersTheContextThenTheThreadLocalThenTheEnvironmentThenTheProperty() {
        properties.put(TraceHeaderLookup.TRACE_HEADER_PROPERTY, FROM_PROPERTY);
        assertThat(lookup.findRaw(null)).contains(FROM_PROPERTY);

        env.put("_X_AMZN_TRACE_ID", FROM_ENV);
        assertThat(lookup.findRaw(null)).contains(FROM_ENV);

        SdkInternalThreadLocal.put(TraceHeaderLookup.THREAD_LOCAL_KEY, FROM_THREAD);
        assertThat(lookup.findRaw(null)).contains(FROM_THREAD);

        assertThat(lookup.findRaw(TestContexts.withTraceHeader(FROM_CONTEXT))).contains(FROM_CONTEXT);
    }

    @Test
    void blankSourcesAreSkipped() {
        env.put("_X_AMZN_TRACE_ID", " ");
        properties.put(TraceHeaderLookup.TRACE_HEADER_PROPERTY, FROM_PROPERTY);

        assertThat(lookup.find(TestContexts.withTraceHeader(""))).map(TraceHeader::root)
                .contains("1-00000004-000000000000000000000004");
    }

    @Test
    void theThreadLocalIsPerThreadAsUnderLambdaMultiConcurrency() throws InterruptedException {
        String[] seenElsewhere = new String[1];
        // Created before the value is set: the SDK's thread-local is inherited by threads created later.
        Thread other = new Thread(() -> seenElsewhere[0] = lookup.findRaw(null).orElse("none"));
        SdkInternalThreadLocal.put(TraceHeaderLookup.THREAD_LOCAL_KEY, FROM_THREAD);
        other.start();
        other.join();

        assertThat(lookup.findRaw(null)).contains(FROM_THREAD);
        assertThat(seenElsewhere[0]).isEqualTo("none");
    }

    @Test
    void aContextWhoseGetterThrowsFallsThrough() {
        env.put("_X_AMZN_TRACE_ID", FROM_ENV);
        Context broken = TestContexts.throwing();

        assertThat(lookup.findRaw(broken)).contains(FROM_ENV);
    }
}
