package dev.lambdaobs.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetricNamespacesTest {

    @Test
    void aServiceNameThatIsAValidNamespaceIsTheNamespace() {
        assertThat(MetricNamespaces.withoutOneSet("orders")).isEqualTo("orders");
        assertThat(MetricNamespaces.withoutOneSet("shop/orders-v2.eu#1:a_b")).isEqualTo("shop/orders-v2.eu#1:a_b");
        assertThat(MetricNamespaces.withoutOneSet("x".repeat(MetricNamespaces.MAX_LENGTH))).hasSize(MetricNamespaces.MAX_LENGTH);
    }

    @Test
    void otherwiseTheNamespaceIsServiceUndefined() {
        assertThat(MetricNamespaces.withoutOneSet(null)).isEqualTo("service_undefined");
        assertThat(MetricNamespaces.withoutOneSet("")).isEqualTo("service_undefined");
        assertThat(MetricNamespaces.withoutOneSet("orders & billing")).as("a space and &").isEqualTo("service_undefined");
        assertThat(MetricNamespaces.withoutOneSet("AWS/Lambda")).as("reserved").isEqualTo("service_undefined");
        assertThat(MetricNamespaces.withoutOneSet("x".repeat(MetricNamespaces.MAX_LENGTH + 1))).isEqualTo("service_undefined");
    }
}
