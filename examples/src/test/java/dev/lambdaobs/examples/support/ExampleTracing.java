package dev.lambdaobs.examples.support;

import dev.lambdaobs.core.config.PowertoolsConfig;
import dev.lambdaobs.test.FakeXRayDaemon;
import dev.lambdaobs.test.LambdaEnvironment;
import dev.lambdaobs.tracing.Tracer;
import dev.lambdaobs.tracing.Tracers;
import dev.lambdaobs.core.config.ConfigurationProvider;

/**
 * Points the woven {@code @Tracing} aspect (registered in {@code META-INF/services}) and the
 * handlers' own tracer at one loopback X-Ray daemon, as the tracing README advises for tests.
 */
public final class ExampleTracing implements ConfigurationProvider {
    private static final FakeXRayDaemon DAEMON = FakeXRayDaemon.start();
    private static final Tracer TRACER = Tracers.xray(serviceConfig());

    /** The daemon every traced test invocation sends to; {@link FakeXRayDaemon#clear()} it per test. */
    public static FakeXRayDaemon daemon() {
        return DAEMON;
    }

    /** The handlers' tracer, on the same daemon. */
    public static Tracer tracer() {
        return TRACER;
    }

    /** A Lambda environment of the example service with the daemon's address. */
    public static LambdaEnvironment environment(String functionName) {
        return LambdaEnvironment.onDemand(functionName).service("orders")
                .set("POWERTOOLS_METRICS_NAMESPACE", "LambdaObsExample")
                .xrayDaemon(DAEMON.address());
    }

    @Override
    public PowertoolsConfig config() {
        return serviceConfig();
    }

    private static PowertoolsConfig serviceConfig() {
        return PowertoolsConfig.from(environment("example").toMap());
    }
}
