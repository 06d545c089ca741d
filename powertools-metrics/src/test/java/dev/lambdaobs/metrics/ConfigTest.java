package dev.lambdaobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaobs.core.config.LogLevel;
import dev.lambdaobs.core.diagnostics.Diagnostics;
import dev.lambdaobs.test.LambdaEnvironment;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigTest {
    private final Diagnostics quiet = Diagnostics.to(line -> { });

    @Test
    void readsTheEnvironment() {
        MetricsConfig config = MetricsConfig.from(LambdaEnvironment.onDemand("fn").service("orders")
                .set("POWERTOOLS_METRICS_NAMESPACE", "Shop")
                .set("POWERTOOLS_METRICS_FUNCTION_NAME", "orders-api")
                .set("POWERTOOLS_METRICS_DISABLED", "true")
                .set("POWERTOOLS_DEV", "true")
                .set("AWS_LAMBDA_LOG_FORMAT", "JSON")
                .set("AWS_LAMBDA_LOG_LEVEL", "ERROR").toConfig(quiet));

        assertThat(config.namespace()).isEqualTo("Shop");
        assertThat(config.service()).isEqualTo("orders");
        assertThat(config.functionName()).contains("orders-api");
        assertThat(config.disabled()).isTrue();
        assertThat(config.devMode()).isTrue();
        assertThat(config.captureColdStart()).isTrue();
        assertThat(config.invocationMetrics()).isFalse();
        assertThat(config.lambdaLogFilter()).contains(LogLevel.ERROR);
    }

    @Test
    void defaultsWithoutPowertoolsVariables() {
        MetricsConfig config = MetricsConfig.from(LambdaEnvironment.onDemand("fn").toConfig(quiet));

        assertThat(config.namespace()).isEmpty();
        assertThat(config.service()).isEqualTo("service_undefined");
        assertThat(config.functionName()).isEmpty();
        assertThat(config.disabled()).isFalse();
        assertThat(config.lambdaLogFilter()).isEqualTo(Optional.empty());
    }

    @Test
    void codeOverridesTheEnvironment() {
        MetricsConfig config = MetricsConfig.builder(LambdaEnvironment.onDemand("fn").service("orders")
                        .set("POWERTOOLS_METRICS_NAMESPACE", "Shop").toConfig(quiet))
                .namespace("Payments").service("payments").functionName("pay").captureColdStart(false)
                .raiseOnEmptyMetrics(true).invocationMetrics(true).defaultDimension("stage", "prod").build();

        assertThat(config.namespace()).isEqualTo("Payments");
        assertThat(config.service()).isEqualTo("payments");
        assertThat(config.functionName()).contains("pay");
        assertThat(config.captureColdStart()).isFalse();
        assertThat(config.raiseOnEmptyMetrics()).isTrue();
        assertThat(config.invocationMetrics()).isTrue();
        assertThat(config.defaultDimensions().asMap()).containsEntry("stage", "prod");
    }
}
