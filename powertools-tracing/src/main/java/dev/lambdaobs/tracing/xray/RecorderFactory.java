package dev.lambdaobs.tracing.xray;

import com.amazonaws.xray.AWSXRayRecorder;
import com.amazonaws.xray.AWSXRayRecorderBuilder;
import com.amazonaws.xray.config.DaemonConfiguration;
import com.amazonaws.xray.contexts.SegmentContextResolverChain;
import com.amazonaws.xray.contexts.ThreadLocalSegmentContextResolver;
import dev.lambdaobs.tracing.TracingConfig;
import java.net.InetSocketAddress;
import java.net.SocketException;

/**
 * Builds an X-Ray recorder from our configuration only: the daemon address from the configuration
 * map (not the process environment), a context-missing strategy that reports once, and the plain
 * thread-local context (our tracer rebuilds Lambda's segment from the invocation's header itself). The
 * recorder is never installed as the SDK's global one.
 */
final class RecorderFactory {
    private RecorderFactory() {
    }

    static AWSXRayRecorder create(TracingConfig config) throws SocketException {
        SegmentContextResolverChain contexts = new SegmentContextResolverChain();
        contexts.addResolver(new ThreadLocalSegmentContextResolver());
        ReportOnceContextMissing contextMissing =
                new ReportOnceContextMissing(config.diagnostics(), config.reportContextMissing());
        AWSXRayRecorder recorder = AWSXRayRecorderBuilder.standard()
                .withEmitter(new DaemonEmitter(daemonAddress(config), config.diagnostics()))
                .withSegmentContextResolverChain(contexts)
                .withContextMissingStrategy(contextMissing)
                .withFastIdGenerator()
                .build();
        // The builder ignores our strategy when AWS_XRAY_CONTEXT_MISSING is set in the process; the
        // configuration map decides here, and the SDK must never throw into the handler.
        recorder.setContextMissingStrategy(contextMissing);
        return recorder;
    }

    static InetSocketAddress daemonAddress(TracingConfig config) {
        DaemonConfiguration daemon = new DaemonConfiguration();
        if (!daemon.setUDPAndTCPAddress(config.daemonAddress())) {
            config.diagnostics().warnOnce("config.AWS_XRAY_DAEMON_ADDRESS", "AWS_XRAY_DAEMON_ADDRESS='"
                    + config.daemonAddress() + "' is invalid: expected host:port or 'tcp:host:port udp:host:port'; using "
                    + TracingConfig.DEFAULT_DAEMON_ADDRESS);
            daemon.setUDPAndTCPAddress(TracingConfig.DEFAULT_DAEMON_ADDRESS);
        }
        return daemon.getAddressForEmitter();
    }
}
