package dev.lambdaobs.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaobs.core.diagnostics.Diagnostics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PowertoolsConfigTest {
    private final List<String> warnings = new ArrayList<>();
    private final Diagnostics diagnostics = Diagnostics.to(warnings::add);

    @Test
    void readsEveryLambdaVariable() {
        PowertoolsConfig config = PowertoolsConfig.from(Map.of(
                "POWERTOOLS_SERVICE_NAME", "orders",
                "AWS_LAMBDA_FUNCTION_NAME", "create-order",
                "AWS_LAMBDA_FUNCTION_VERSION", "12",
                "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1024",
                "AWS_REGION", "eu-west-1",
                "AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start",
                "AWS_LAMBDA_LOG_LEVEL", "warn",
                "AWS_LAMBDA_LOG_FORMAT", "JSON",
                "LAMBDA_TASK_ROOT", "/var/task"), diagnostics);

        assertThat(config.serviceName()).isEqualTo("orders");
        assertThat(config.functionName()).isEqualTo("create-order");
        assertThat(config.functionVersion()).isEqualTo("12");
        assertThat(config.memorySizeMb()).isEqualTo(1024);
        assertThat(config.region()).isEqualTo("eu-west-1");
        assertThat(config.initializationType()).isEqualTo(InitializationType.SNAP_START);
        assertThat(config.lambdaLogLevel()).contains(LogLevel.WARN);
        assertThat(config.lambdaLogFormat()).isEqualTo(LogFormat.JSON);
        assertThat(config.inLambda()).isTrue();
        assertThat(warnings).isEmpty();
    }

    @Test
    void outsideLambdaEverythingHasASafeDefault() {
        PowertoolsConfig config = PowertoolsConfig.from(Map.of(), diagnostics);

        assertThat(config.serviceName()).isEqualTo("service_undefined");
        assertThat(config.functionName()).isEmpty();
        assertThat(config.memorySizeMb()).isZero();
        assertThat(config.initializationType()).isEqualTo(InitializationType.ON_DEMAND);
        assertThat(config.lambdaLogLevel()).isEmpty();
        assertThat(config.lambdaLogFormat()).isEqualTo(LogFormat.TEXT);
        assertThat(config.inLambda()).isFalse();
        assertThat(warnings).isEmpty();
    }

    @Test
    void eachInvalidValueGivesOneWarningNamingItAndASafeDefault() {
        Map<String, String> env = Map.of(
                "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "lots",
                "AWS_LAMBDA_INITIALIZATION_TYPE", "warm-pool",
                "AWS_LAMBDA_LOG_LEVEL", "LOUD",
                "AWS_LAMBDA_LOG_FORMAT", "xml");

        PowertoolsConfig config = PowertoolsConfig.from(env, diagnostics);
        PowertoolsConfig.from(env, diagnostics);

        assertThat(config.memorySizeMb()).isZero();
        assertThat(config.initializationType()).isEqualTo(InitializationType.ON_DEMAND);
        assertThat(config.lambdaLogLevel()).isEmpty();
        assertThat(config.lambdaLogFormat()).isEqualTo(LogFormat.TEXT);
        assertThat(warnings).hasSize(4);
        assertThat(warnings).anySatisfy(w -> assertThat(w).contains("AWS_LAMBDA_FUNCTION_MEMORY_SIZE='lots'").contains("using 0"));
        assertThat(warnings).anySatisfy(w -> assertThat(w).contains("AWS_LAMBDA_INITIALIZATION_TYPE='warm-pool'")
                .contains("on-demand, provisioned-concurrency"));
        assertThat(warnings).anySatisfy(w -> assertThat(w).contains("AWS_LAMBDA_LOG_LEVEL='LOUD'"));
        assertThat(warnings).anySatisfy(w -> assertThat(w).contains("AWS_LAMBDA_LOG_FORMAT='xml'"));
    }

    @Test
    void memoryOutsideLambdasRangeIsRejected() {
        PowertoolsConfig config = PowertoolsConfig.from(Map.of("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "20000"), diagnostics);

        assertThat(config.memorySizeMb()).isZero();
        assertThat(warnings).singleElement().asString().contains("from 1 to 10240");
    }

    @Test
    void theConfigIsImmutableAgainstLaterChangesToTheMap() {
        Map<String, String> env = new HashMap<>(Map.of("POWERTOOLS_LOGGER_SAMPLE_RATE", "0.5"));
        PowertoolsConfig config = PowertoolsConfig.from(env, diagnostics);
        env.put("POWERTOOLS_LOGGER_SAMPLE_RATE", "0.9");

        assertThat(config.settings().decimal("POWERTOOLS_LOGGER_SAMPLE_RATE", 0, 0, 1)).isEqualTo(0.5);
    }
}
