package dev.lambdaobs.tracing.otel;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleCounter;
import io.opentelemetry.api.metrics.DoubleGauge;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.DoubleUpDownCounter;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.LongGauge;
import io.opentelemetry.api.metrics.LongUpDownCounter;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.metrics.MeterProvider;
import io.opentelemetry.api.metrics.ObservableLongCounter;
import io.opentelemetry.api.metrics.ObservableLongUpDownCounter;
import io.opentelemetry.context.Context;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoopSpanMetricsTest {

    @Test
    void theSdksSpanCountersAreBuiltAsItAsksAndRecordNothing() {
        Meter meter = NoopSpanMetrics.provider().get("io.opentelemetry.sdk.trace");
        LongCounter started = meter.counterBuilder("otel.sdk.span.started").setUnit("{span}")
                .setDescription("The number of created spans.").build();
        LongUpDownCounter live = meter.upDownCounterBuilder("otel.sdk.span.live").setUnit("{span}")
                .setDescription("live spans").build();

        started.add(1, Attributes.empty());
        live.add(1, Attributes.empty(), Context.root());
        live.add(-1);

        assertThat(started.isEnabled()).isFalse();
        assertThat(live.isEnabled()).isFalse();
        assertThat(NoopSpanMetrics.provider().get("another scope")).isSameAs(meter);
    }

    @Test
    void instrumentsTheSdkDoesNotAskForComeFromTheApisNoOpMeterAndAreDisabled() {
        Meter api = MeterProvider.noop().get("scope");
        Meter ours = NoopSpanMetrics.provider().get("scope");

        assertThat(NoopSpanMetrics.provider().meterBuilder("scope").setInstrumentationVersion("1").build())
                .hasSameClassAs(api);
        DoubleHistogram histogram = ours.histogramBuilder("h").build();
        DoubleGauge gauge = ours.gaugeBuilder("g").build();
        LongGauge longGauge = ours.gaugeBuilder("g").ofLongs().build();
        DoubleCounter doubleCounter = ours.counterBuilder("c").ofDoubles().build();
        DoubleUpDownCounter doubleUpDown = ours.upDownCounterBuilder("u").ofDoubles().build();
        assertThat(histogram).hasSameClassAs(api.histogramBuilder("h").build());
        assertThat(gauge).hasSameClassAs(api.gaugeBuilder("g").build());
        assertThat(longGauge).hasSameClassAs(api.gaugeBuilder("g").ofLongs().build());
        assertThat(doubleCounter).hasSameClassAs(api.counterBuilder("c").ofDoubles().build());
        assertThat(doubleUpDown).hasSameClassAs(api.upDownCounterBuilder("u").ofDoubles().build());
        assertThat(List.of(histogram.isEnabled(), gauge.isEnabled(), longGauge.isEnabled(), doubleCounter.isEnabled(),
                doubleUpDown.isEnabled())).containsOnly(false);

        try (ObservableLongCounter counter = ours.counterBuilder("c").buildWithCallback(m -> m.record(1));
             ObservableLongUpDownCounter upDown = ours.upDownCounterBuilder("u").buildWithCallback(m -> m.record(1))) {
            assertThat(counter).hasSameClassAs(api.counterBuilder("c").buildWithCallback(m -> { }));
            assertThat(upDown).hasSameClassAs(api.upDownCounterBuilder("u").buildWithCallback(m -> { }));
        }
    }
}
