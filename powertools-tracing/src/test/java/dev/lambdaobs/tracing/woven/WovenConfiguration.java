package dev.lambdaobs.tracing.woven;

import dev.lambdaobs.core.config.PowertoolsConfig;
import dev.lambdaobs.core.diagnostics.Diagnostics;
import dev.lambdaobs.test.FakeXRayDaemon;
import dev.lambdaobs.test.LambdaEnvironment;
import dev.lambdaobs.tracing.aspect.AspectConfiguration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The aspect's configuration in this test JVM, registered through {@code META-INF/services}: a Lambda
 * environment whose daemon is a fake one on loopback, shared by the woven tests (the aspect is a
 * singleton, so its tracer is too).
 */
public final class WovenConfiguration implements AspectConfiguration {
    static final FakeXRayDaemon DAEMON = FakeXRayDaemon.start();
    static final List<String> WARNINGS = new CopyOnWriteArrayList<>();

    @Override
    public PowertoolsConfig config() {
        return LambdaEnvironment.onDemand("place-order").service("shop").xrayDaemon(DAEMON.address())
                .set("POWERTOOLS_TRACER", "xray-sdk").toConfig(Diagnostics.to(WARNINGS::add));
    }
}
