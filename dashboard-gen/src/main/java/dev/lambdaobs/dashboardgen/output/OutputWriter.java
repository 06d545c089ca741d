package dev.lambdaobs.dashboardgen.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.lambdaobs.dashboardgen.alarm.AlarmDefinition;
import dev.lambdaobs.dashboardgen.dashboard.DashboardDefinition;
import dev.lambdaobs.dashboardgen.generate.GenerationResult;
import dev.lambdaobs.dashboardgen.generate.QueryDefinition;
import dev.lambdaobs.dashboardgen.naming.Names;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Writes a result: {@code DIR/<service>.template.json}, {@code DIR/<service>/dashboards/<name>.json},
 * {@code DIR/<service>/alarms.json} and {@code DIR/<service>/queries/<name>.logsinsights}.
 *
 * <pre>{@code
 * OutputWriter.write(result, Path.of("out"));
 * }</pre>
 */
public final class OutputWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private OutputWriter() {
    }

    public static void write(GenerationResult result, Path dir) throws IOException {
        String service = Names.fileName(result.service());
        Path serviceDir = dir.resolve(service);
        Files.createDirectories(serviceDir.resolve("dashboards"));
        Files.createDirectories(serviceDir.resolve("queries"));
        JSON.writeValue(dir.resolve(service + ".template.json").toFile(), result.template());
        for (DashboardDefinition dashboard : result.dashboards()) {
            JSON.writeValue(serviceDir.resolve("dashboards").resolve(dashboard.name() + ".json").toFile(), dashboard.body());
        }
        ArrayNode alarms = JsonNodeFactory.instance.arrayNode();
        for (AlarmDefinition alarm : result.alarms()) {
            alarms.addObject().put("logicalId", alarm.logicalId()).put("name", alarm.name()).put("severity", alarm.severity().key())
                    .put("type", alarm.type()).put("resource", alarm.resourceKey()).put("rule", alarm.ruleId())
                    .set("properties", alarm.properties());
        }
        JSON.writeValue(serviceDir.resolve("alarms.json").toFile(), alarms);
        for (QueryDefinition query : result.queries()) {
            String file = query.name().substring(query.name().indexOf('/') + 1) + ".logsinsights";
            Files.writeString(serviceDir.resolve("queries").resolve(file), queryFile(query), StandardCharsets.UTF_8);
        }
    }

    private static String queryFile(QueryDefinition query) {
        String groups = query.logGroups().stream().map(g -> g.isTextual() ? g.asText() : g.toString()).collect(Collectors.joining(", "));
        return "# " + query.query().description() + "\n# Log groups: " + groups + "\n" + query.query().query() + "\n";
    }
}
