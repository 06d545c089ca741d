package dev.lambdaobs.tracing.otel;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.LongUpDownCounter;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.context.Context;
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
    void instrumentsTheSdkDoesNotAskForAreTheApisNoOps() {
        Meter meter = NoopSpanMetrics.provider().meterBuilder("scope").setInstrumentationVersion("1").build();
        meter.histogramBuilder("h").build().record(1.5);
        meter.gaugeBuilder("g").ofLongs().build().set(3);

        Meter ours = NoopSpanMetrics.provider().get("scope");
        ours.histogramBuilder("h").build().record(2.5);
        ours.gaugeBuilder("g").build().set(1.0);
        ours.counterBuilder("c").ofDoubles().build().add(0.5);
        ours.upDownCounterBuilder("u").ofDoubles().build().add(-0.5);
        ours.counterBuilder("c").buildWithCallback(measurement -> measurement.record(1)).close();
        ours.upDownCounterBuilder("u").buildWithCallback(measurement -> measurement.record(1)).close();

        assertThat(ours.histogramBuilder("h").build().isEnabled()).isFalse();
    }
}
