package dev.lambdaobs.logging.log4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.core.time.MutableInstant;
import org.apache.logging.log4j.layout.template.json.util.JsonWriter;
import org.junit.jupiter.api.Test;

class TimestampResolverTest {
    private final TimestampResolver resolver = new TimestampResolver();
    private final JsonWriter writer = JsonWriter.newBuilder().setMaxStringLength(1_000).setTruncatedStringSuffix("…").build();

    private String resolve(String iso) {
        Instant instant = Instant.parse(iso);
        MutableInstant mutable = new MutableInstant();
        mutable.initFromEpochSecond(instant.getEpochSecond(), instant.getNano());
        writer.getStringBuilder().setLength(0);
        resolver.resolve(Log4jLogEvent.newBuilder().setInstant(mutable).build(), writer);
        return writer.getStringBuilder().toString();
    }

    @Test
    void writesIsoUtcWithMillisecondsPaddedAcrossSecondsAndDays() {
        assertThat(resolve("2026-11-21T06:45:12.345678Z")).isEqualTo("\"2026-11-21T06:45:12.345Z\"");
        assertThat(resolve("2026-11-21T06:45:12.005Z")).isEqualTo("\"2026-11-21T06:45:12.005Z\"");
        assertThat(resolve("2026-11-21T06:45:12.050Z")).isEqualTo("\"2026-11-21T06:45:12.050Z\"");
        assertThat(resolve("2026-11-21T06:45:13Z")).isEqualTo("\"2026-11-21T06:45:13.000Z\"");
        assertThat(resolve("2026-12-31T23:59:59.999Z")).isEqualTo("\"2026-12-31T23:59:59.999Z\"");
        assertThat(resolve("2027-01-01T00:00:00.001Z")).isEqualTo("\"2027-01-01T00:00:00.001Z\"");
        assertThat(resolve("2026-11-21T06:45:12.345Z")).as("an earlier second after a later one")
                .isEqualTo("\"2026-11-21T06:45:12.345Z\"");
    }
}
