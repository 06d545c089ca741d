package dev.lambdaobs.tracing.otel;

import dev.lambdaobs.core.snapstart.RandomSource;
import io.opentelemetry.api.trace.SpanId;
import io.opentelemetry.api.trace.TraceId;
import io.opentelemetry.sdk.trace.IdGenerator;

/**
 * Span and trace ids from a {@link RandomSource}: unlike the SDK's default ({@code ThreadLocalRandom},
 * whose state a SnapStart snapshot holds), they differ between environments restored from one snapshot.
 */
final class RestoredIdGenerator implements IdGenerator {
    private final RandomSource random;

    RestoredIdGenerator(RandomSource random) {
        this.random = random;
    }

    @Override
    public String generateSpanId() {
        return SpanId.fromLong(random.nextNonZeroLong());
    }

    @Override
    public String generateTraceId() {
        return TraceId.fromLongs(random.nextLong(), random.nextNonZeroLong());
    }
}
