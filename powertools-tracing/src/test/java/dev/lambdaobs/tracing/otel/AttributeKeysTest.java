package dev.lambdaobs.tracing.otel;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.AttributeType;
import org.junit.jupiter.api.Test;

class AttributeKeysTest {

    @Test
    void aNameIsMadeOncePerTypeAndEqualsTheSdksOwnKey() {
        AttributeKeys keys = new AttributeKeys();

        assertThat(keys.string("OrderId")).isSameAs(keys.string("OrderId")).isEqualTo(AttributeKey.stringKey("OrderId"));
        assertThat(keys.bool("Paid")).isSameAs(keys.bool("Paid")).isEqualTo(AttributeKey.booleanKey("Paid"));
        assertThat(keys.integer("Items")).isSameAs(keys.integer("Items")).isEqualTo(AttributeKey.longKey("Items"));
        assertThat(keys.number("Amount")).isSameAs(keys.number("Amount")).isEqualTo(AttributeKey.doubleKey("Amount"));
        assertThat(keys.integer("OrderId").getType()).isEqualTo(AttributeType.LONG);
    }

    @Test
    void aOneKeyAnnotationListIsMadeOncePerName() {
        AttributeKeys keys = new AttributeKeys();

        assertThat(keys.listedAlone("OrderId")).isSameAs(keys.listedAlone("OrderId")).containsExactly("OrderId");
        assertThat(keys.listedAlone("Tenant")).containsExactly("Tenant");
    }

    @Test
    void metadataKeysAreNamespaceDotKey() {
        AttributeKeys keys = new AttributeKeys();

        assertThat(keys.metadata("orders", "quote")).isSameAs(keys.metadata("orders", "quote"))
                .isEqualTo(AttributeKey.stringKey("orders.quote"));
        assertThat(keys.metadata("orders.v2", "quote")).isEqualTo(AttributeKey.stringKey("orders.v2.quote"));
    }

    @Test
    void pastTheBoundKeysAreStillRightButNotKept() {
        AttributeKeys keys = new AttributeKeys();
        for (int i = 0; i < AttributeKeys.MAX_KEYS; i++) {
            keys.string("key_" + i);
            keys.metadata("ns_" + i, "k");
        }

        AttributeKey<String> late = keys.string("late");
        assertThat(late).isEqualTo(AttributeKey.stringKey("late")).isNotSameAs(keys.string("late"));
        assertThat(keys.string("key_7")).isSameAs(keys.string("key_7"));
        assertThat(keys.metadata("late_ns", "k")).isEqualTo(AttributeKey.stringKey("late_ns.k"))
                .isNotSameAs(keys.metadata("late_ns", "k"));
    }
}
