package dev.lambdaobs.tracing.woven;

import dev.lambdaobs.core.config.PowertoolsConfig;
import dev.lambdaobs.core.diagnostics.Diagnostics;
import dev.lambdaobs.test.FakeXRayDaemon;
import dev.lambdaobs.test.LambdaEnvironment;
import dev.lambdaobs.core.config.ConfigurationProvider;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The aspect's configuration in this test JVM, registered through {@code META-INF/services}: a Lambda
 * environment whose daemon is a fake one on loopback, shared by the woven tests (the aspect is a
 * singleton, so its tracer is too). The backend is xray-sdk unless the system property
 * {@value #BACKEND_PROPERTY} names another ({@code WovenOtelTest} runs a JVM of its own with {@code otel}).
 */
public final class WovenConfiguration implements ConfigurationProvider {
    static final FakeXRayDaemon DAEMON = FakeXRayDaemon.start();
    static final List<String> WARNINGS = new CopyOnWriteArrayList<>();
    static final String BACKEND_PROPERTY = "lambdaobs.test.woven.tracer";

    @Override
    public PowertoolsConfig config() {
        return LambdaEnvironment.onDemand("place-order").service("shop").xrayDaemon(DAEMON.address())
                .set("POWERTOOLS_TRACER", System.getProperty(BACKEND_PROPERTY, "xray-sdk")).toConfig(Diagnostics.to(WARNINGS::add));
    }
}
