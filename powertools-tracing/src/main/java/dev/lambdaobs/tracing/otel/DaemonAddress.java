package dev.lambdaobs.tracing.otel;

import dev.lambdaobs.tracing.TracingConfig;
import java.net.InetSocketAddress;
import java.util.Optional;

/**
 * Reads {@code AWS_XRAY_DAEMON_ADDRESS} as the X-Ray SDKs do: {@code host:port}, or
 * {@code tcp:host:port udp:host:port} in either order (the UDP one is used). An address that cannot be
 * read is reported once, naming the variable, and the default {@value TracingConfig#DEFAULT_DAEMON_ADDRESS} is used.
 *
 * @see <a href="https://docs.aws.amazon.com/xray/latest/devguide/xray-sdk-java-configuration.html#xray-sdk-java-configuration-envvars">AWS_XRAY_DAEMON_ADDRESS</a>
 */
final class DaemonAddress {
    private DaemonAddress() {
    }

    static InetSocketAddress of(TracingConfig config) {
        return parse(config.daemonAddress()).orElseGet(() -> {
            config.diagnostics().warnOnce("config.AWS_XRAY_DAEMON_ADDRESS", "AWS_XRAY_DAEMON_ADDRESS='"
                    + config.daemonAddress() + "' is invalid: expected host:port or 'tcp:host:port udp:host:port'"
                    + " with a resolvable host and a port from 1 to 65535; using " + TracingConfig.DEFAULT_DAEMON_ADDRESS);
            return parse(TracingConfig.DEFAULT_DAEMON_ADDRESS).orElseThrow();
        });
    }

    static Optional<InetSocketAddress> parse(String value) {
        String[] parts = value.trim().split("\\s+");
        if (parts.length == 1) {
            return hostPort(parts[0]);
        }
        if (parts.length == 2) {
            for (String part : parts) {
                if (part.startsWith("udp:")) {
                    return (parts[0].startsWith("tcp:") || parts[1].startsWith("tcp:"))
                            ? hostPort(part.substring(4)) : Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<InetSocketAddress> hostPort(String text) {
        int colon = text.lastIndexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            return Optional.empty();
        }
        try {
            int port = Integer.parseInt(text.substring(colon + 1));
            if (port < 1 || port > 65_535) {
                return Optional.empty();
            }
            InetSocketAddress address = new InetSocketAddress(text.substring(0, colon), port);
            return address.isUnresolved() ? Optional.empty() : Optional.of(address);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
