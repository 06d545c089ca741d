package dev.lambdaobs.examples.localrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The local run deploys exactly the template's functions, with its handlers, sizes and environment. */
class ExampleFunctionsTest {

    @Test
    void everyFunctionOfTheTemplateRunsLocallyAsConfigured() throws Exception {
        Map<String, Object> template = ExampleTemplate.read();
        Map<String, Object> globals = ExampleTemplate.map(template, "Globals", "Function");
        Map<String, Map<String, Object>> functions = new TreeMap<>();
        ExampleTemplate.map(template, "Resources").forEach((id, resource) -> {
            if ("AWS::Serverless::Function".equals(ExampleTemplate.map(Map.of("r", resource), "r").get("Type"))) {
                functions.put(id, ExampleTemplate.map(resource, "Properties"));
            }
        });

        assertThat(ExampleFunctions.all()).extracting(LocalFunction::logicalId).containsExactlyInAnyOrderElementsOf(functions.keySet());
        for (LocalFunction local : ExampleFunctions.all()) {
            Map<String, Object> properties = functions.get(local.logicalId());
            assertThat(local.handler()).as(local.logicalId()).isEqualTo(properties.get("Handler"));
            assertThat(local.memoryMb()).as(local.logicalId()).isEqualTo(properties.getOrDefault("MemorySize", globals.get("MemorySize")));
            assertThat(local.timeoutSeconds()).as(local.logicalId()).isEqualTo(properties.getOrDefault("Timeout", globals.get("Timeout")));
            Map<String, Object> variables = new TreeMap<>(ExampleTemplate.map(globals, "Environment", "Variables"));
            variables.putAll(ExampleTemplate.map(properties, "Environment", "Variables"));
            assertThat(local.environment()).as(local.logicalId()).containsKeys(variables.keySet().toArray(String[]::new));
            variables.forEach((name, value) -> {
                if (value instanceof String literal) {
                    assertThat(local.environment()).as(local.logicalId()).containsEntry(name, literal);
                }
            });
        }
    }

    @Test
    void theTemplatesLoggingConfigBecomesTheLambdaLogVariables() throws Exception {
        Map<String, Object> logging = ExampleTemplate.map(ExampleTemplate.read(), "Globals", "Function", "LoggingConfig");

        assertThat(ExampleFunctions.globalEnvironment())
                .containsEntry("AWS_LAMBDA_LOG_FORMAT", String.valueOf(logging.get("LogFormat")))
                .containsEntry("AWS_LAMBDA_LOG_LEVEL", String.valueOf(logging.get("ApplicationLogLevel")));
    }
}
