package dev.lambdaobs.examples.localrun;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;

/**
 * Fresh, sampled X-Ray trace headers, one per invocation, as Lambda passes them in
 * {@code Lambda-Runtime-Trace-Id}: {@code Root=1-<epoch hex>-<96 random bits>;Parent=<64 bits>;Sampled=1;Lineage=<hash>:1}.
 * The {@code Lineage} key is what Lambda's recursive-loop detection adds (a hash of the function and a
 * count); the functions must carry it unchanged into their downstream calls, so every header has one.
 *
 * @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/invocation-recursion.html">Lambda recursive loop detection</a>
 * @see <a href="https://docs.aws.amazon.com/xray/latest/devguide/xray-concepts.html#xray-concepts-tracingheader">Tracing header</a>
 */
final class TraceHeaderFactory {
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final String lineage;

    TraceHeaderFactory(Clock clock, String functionName) {
        this.clock = clock;
        this.lineage = String.format("%08x", functionName.hashCode()) + ":1";
    }

    String next() {
        String epoch = String.format("%08x", clock.instant().getEpochSecond());
        return "Root=1-" + epoch + "-" + randomHex(12) + ";Parent=" + randomHex(8) + ";Sampled=1;Lineage=" + lineage;
    }

    /** The {@code Root} value of a header. */
    static String traceId(String header) {
        for (String part : header.split(";")) {
            if (part.startsWith("Root=")) {
                return part.substring("Root=".length());
            }
        }
        return "";
    }

    private String randomHex(int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }
}
