package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaobs.dashboardgen.generate.GenerationResult;
import dev.lambdaobs.dashboardgen.registry.Fact;
import dev.lambdaobs.dashboardgen.registry.MonitoredResource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: a function without POWERTOOLS_METRICS_NAMESPACE has its metrics written to the service name (or
 * service_undefined) by powertools-metrics, so its EMF widgets graph that namespace instead of none.
 */
class EmfNamespaceTest {
    private static final String FUNCTION = """
              %s:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: app.Handler
                  Runtime: java21
                  CodeUri: app/
                  Environment:
                    Variables:
            %s
            """;

    @TempDir
    Path dir;

    private GenerationResult generate(String globals, String... functions) throws IOException {
        StringBuilder template = new StringBuilder("Transform: AWS::Serverless-2016-10-31\n");
        if (!globals.isEmpty()) {
            template.append("Globals:\n  Function:\n    Environment:\n      Variables:\n").append(globals).append('\n');
        }
        template.append("Parameters:\n  Stage:\n    Type: String\nResources:\n");
        for (int i = 0; i < functions.length; i += 2) {
            template.append(FUNCTION.formatted(functions[i], functions[i + 1]));
        }
        return TestSupport.generate(Files.writeString(dir.resolve("template.yaml"), template));
    }

    private static Map<String, String> namespaces(GenerationResult result) {
        Map<String, String> byFunction = new TreeMap<>();
        for (MonitoredResource resource : result.monitored()) {
            resource.facts().get(Fact.METRICS_NAMESPACE).ifPresent(ns -> byFunction.put(resource.logicalId(), ns.toString()));
        }
        return byFunction;
    }

    private static String summary(GenerationResult result) {
        return result.dashboards().get(0).body().toString();
    }

    @Test
    void withoutANamespaceTheServiceNameFromGlobalsOrTheFunctionIsTheNamespace() throws IOException {
        GenerationResult result = generate("        POWERTOOLS_SERVICE_NAME: orders",
                "FromGlobals", "          LOG_LEVEL: INFO",
                "OwnService", "          POWERTOOLS_SERVICE_NAME: billing",
                "OwnNamespace", "          POWERTOOLS_METRICS_NAMESPACE: Shop",
                "ServiceByRef", "          POWERTOOLS_SERVICE_NAME: !Sub 'orders-${Stage}'");

        assertThat(namespaces(result)).containsExactly(Map.entry("FromGlobals", "\"orders\""), Map.entry("OwnNamespace", "\"Shop\""),
                Map.entry("OwnService", "\"billing\""), Map.entry("ServiceByRef", "{\"Fn::Sub\":\"orders-${Stage}\"}"));
        assertThat(summary(result)).contains("SEARCH('Namespace=\\\"orders\\\" MetricName=\\\"ColdStart\\\"', 'Sum', 300)")
                .contains("SEARCH('Namespace=\\\"billing\\\" MetricName=\\\"ColdStart\\\"', 'Sum', 300)")
                .contains("SEARCH('Namespace=\\\"Shop\\\" MetricName=\\\"ColdStart\\\"', 'Sum', 300)");
        assertThat(result.skipped()).noneMatch(line -> line.contains("EMF"));
    }

    @Test
    void withNeitherNamespaceNorAUsableServiceNameTheNamespaceIsServiceUndefined() throws IOException {
        GenerationResult result = generate("",
                "Unnamed", "          POWERTOOLS_LOG_LEVEL: INFO",
                "BlankNamespace", "          POWERTOOLS_METRICS_NAMESPACE: ''",
                "NotANamespace", "          POWERTOOLS_SERVICE_NAME: orders & billing",
                "Reserved", "          POWERTOOLS_SERVICE_NAME: AWS/Lambda");

        assertThat(namespaces(result).values()).containsOnly("\"service_undefined\"");
        assertThat(summary(result)).contains("SEARCH('Namespace=\\\"service_undefined\\\" MetricName=\\\"ColdStart\\\"', 'Sum', 300)");
        assertThat(result.skipped()).noneMatch(line -> line.contains("EMF"));
    }

    @Test
    void aServiceWhoseFunctionsSetNoPowertoolsVariableGetsNoEmfGraphsAndSaysWhy() throws IOException {
        GenerationResult result = generate("        LOG_LEVEL: INFO", "Plain", "          TABLE: orders");

        assertThat(namespaces(result)).isEmpty();
        assertThat(summary(result)).doesNotContain("ColdStart");
        assertThat(result.skipped()).anyMatch(line -> line.startsWith("service EMF metrics") && line.contains("POWERTOOLS_*"));
    }
}
