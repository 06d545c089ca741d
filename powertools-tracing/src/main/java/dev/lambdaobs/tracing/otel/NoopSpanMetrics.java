package dev.lambdaobs.tracing.otel;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleCounterBuilder;
import io.opentelemetry.api.metrics.DoubleGaugeBuilder;
import io.opentelemetry.api.metrics.DoubleHistogramBuilder;
import io.opentelemetry.api.metrics.DoubleUpDownCounterBuilder;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.LongCounterBuilder;
import io.opentelemetry.api.metrics.LongUpDownCounter;
import io.opentelemetry.api.metrics.LongUpDownCounterBuilder;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.metrics.MeterBuilder;
import io.opentelemetry.api.metrics.MeterProvider;
import io.opentelemetry.api.metrics.ObservableLongCounter;
import io.opentelemetry.api.metrics.ObservableLongMeasurement;
import io.opentelemetry.api.metrics.ObservableLongUpDownCounter;
import java.util.function.Consumer;

/**
 * The meter the trace SDK counts its own spans with ({@code otel.sdk.span.started}, {@code otel.sdk.span.live},
 * built when the first span starts): like the SDK's default, {@link MeterProvider#noop()}, it records nothing,
 * but it is four classes where the API's {@code DefaultMeter} initializes every no-op instrument and builder
 * (58 classes, on the invocation's thread). Taking {@link #provider()} where the tracer is built loads them
 * there (the background start-up). Instruments the SDK does not ask for come from {@link MeterProvider#noop()}.
 *
 * <pre>{@code
 * MeterProvider spanMetrics = NoopSpanMetrics.provider();
 * SdkTracerProvider.builder().setMeterProvider(() -> spanMetrics);
 * }</pre>
 */
final class NoopSpanMetrics implements MeterProvider, Meter {
    private static final NoopSpanMetrics INSTANCE = new NoopSpanMetrics();
    private static final Counter COUNTER = new Counter();
    private static final CounterBuilder COUNTER_BUILDER = new CounterBuilder();
    private static final UpDownCounterBuilder UP_DOWN_COUNTER_BUILDER = new UpDownCounterBuilder();

    private NoopSpanMetrics() {
    }

    /** The shared provider; its meter, builders and counters are shared too (they hold no state). */
    static MeterProvider provider() {
        return INSTANCE;
    }

    @Override
    public Meter get(String instrumentationScopeName) {
        return this;
    }

    @Override
    public MeterBuilder meterBuilder(String instrumentationScopeName) {
        return MeterProvider.noop().meterBuilder(instrumentationScopeName);
    }

    @Override
    public LongCounterBuilder counterBuilder(String name) {
        return COUNTER_BUILDER;
    }

    @Override
    public LongUpDownCounterBuilder upDownCounterBuilder(String name) {
        return UP_DOWN_COUNTER_BUILDER;
    }

    @Override
    public DoubleHistogramBuilder histogramBuilder(String name) {
        return noopMeter().histogramBuilder(name);
    }

    @Override
    public DoubleGaugeBuilder gaugeBuilder(String name) {
        return noopMeter().gaugeBuilder(name);
    }

    private static Meter noopMeter() {
        return MeterProvider.noop().get(OtelTracing.SCOPE_NAME);
    }

    /** A counter and an up-down counter that drop every value. */
    private static final class Counter implements LongCounter, LongUpDownCounter {
        @Override
        public boolean isEnabled() {
            return false;
        }

        @Override
        public void add(long value) {
        }

        @Override
        public void add(long value, Attributes attributes) {
        }

        @Override
        public void add(long value, Attributes attributes, io.opentelemetry.context.Context context) {
        }
    }

    private static final class CounterBuilder implements LongCounterBuilder {
        @Override
        public LongCounterBuilder setDescription(String description) {
            return this;
        }

        @Override
        public LongCounterBuilder setUnit(String unit) {
            return this;
        }

        @Override
        public DoubleCounterBuilder ofDoubles() {
            return noopMeter().counterBuilder(OtelTracing.SCOPE_NAME).ofDoubles();
        }

        @Override
        public LongCounter build() {
            return COUNTER;
        }

        @Override
        public ObservableLongCounter buildWithCallback(Consumer<ObservableLongMeasurement> callback) {
            return noopMeter().counterBuilder(OtelTracing.SCOPE_NAME).buildWithCallback(callback);
        }
    }

    private static final class UpDownCounterBuilder implements LongUpDownCounterBuilder {
        @Override
        public LongUpDownCounterBuilder setDescription(String description) {
            return this;
        }

        @Override
        public LongUpDownCounterBuilder setUnit(String unit) {
            return this;
        }

        @Override
        public DoubleUpDownCounterBuilder ofDoubles() {
            return noopMeter().upDownCounterBuilder(OtelTracing.SCOPE_NAME).ofDoubles();
        }

        @Override
        public LongUpDownCounter build() {
            return COUNTER;
        }

        @Override
        public ObservableLongUpDownCounter buildWithCallback(Consumer<ObservableLongMeasurement> callback) {
            return noopMeter().upDownCounterBuilder(OtelTracing.SCOPE_NAME).buildWithCallback(callback);
        }
    }
}
