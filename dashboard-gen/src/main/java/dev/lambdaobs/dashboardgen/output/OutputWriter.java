package dev.lambdaobs.dashboardgen.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdaobs.dashboardgen.alarm.AlarmDefinition;
import dev.lambdaobs.dashboardgen.dashboard.DashboardDefinition;
import dev.lambdaobs.dashboardgen.generate.GenerationResult;
import dev.lambdaobs.dashboardgen.generate.QueryDefinition;
import dev.lambdaobs.dashboardgen.naming.Names;
import dev.lambdaobs.dashboardgen.template.JsonText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a result: {@code DIR/<service>.template.json}, {@code DIR/<service>/dashboards/<name>.json},
 * {@code DIR/<service>/alarms.json}, {@code DIR/<service>/queries/<name>.logsinsights} and, when the monitoring
 * is in nested stacks, {@code DIR/<service>/stacks/<service>-<n>.template.json}. All of it
 * is written beside {@code DIR/<service>} first and moved into place once complete ({@link
 * StagedOutput}): a failed run changes nothing, and a re-run leaves no dashboard page or query of an
 * earlier run behind (other files in the folder are kept).
 *
 * <pre>{@code
 * OutputWriter.write(result, Path.of("out"));
 * }</pre>
 */
public final class OutputWriter {
    private static final String DASHBOARDS = "dashboards";
    private static final String QUERIES = "queries";
    private static final String ALARMS = "alarms.json";
    /** Nested stack templates, when the monitoring does not fit one stack. */
    private static final String STACKS = "stacks";
    /** Written by {@code preview} from the dashboards, so stale once they are regenerated. */
    private static final String PREVIEW = "preview.html";

    /** Writes one file; tests pass one that fails part-way. */
    @FunctionalInterface
    interface FileSink {
        void write(Path file, byte[] content) throws IOException;
    }

    private OutputWriter() {
    }

    public static void write(GenerationResult result, Path dir) throws IOException {
        write(result, dir, (file, content) -> Files.write(file, content));
    }

    static void write(GenerationResult result, Path dir, FileSink sink) throws IOException {
        String service = Names.fileName(result.service());
        try (StagedOutput staged = StagedOutput.in(dir, service, service + ".template.json", OutputWriter::owned)) {
            Path folder = staged.folder();
            Files.createDirectories(folder.resolve(DASHBOARDS));
            Files.createDirectories(folder.resolve(QUERIES));
            for (DashboardDefinition dashboard : result.dashboards()) {
                sink.write(folder.resolve(DASHBOARDS).resolve(dashboard.name() + ".json"), JsonText.prettyUtf8(dashboard.body()));
            }
            ArrayNode alarms = JsonNodeFactory.instance.arrayNode();
            for (AlarmDefinition alarm : result.alarms()) {
                alarms.addObject().put("logicalId", alarm.logicalId()).put("name", alarm.name()).put("severity", alarm.severity().key())
                        .put("type", alarm.type()).put("resource", alarm.resourceKey()).put("rule", alarm.ruleId())
                        .set("properties", alarm.properties());
            }
            sink.write(folder.resolve(ALARMS), JsonText.prettyUtf8(alarms));
            // Each kind of query names the same log groups: their JSON is written once (2,400 times at 400 functions).
            Map<JsonNode, String> groupText = new HashMap<>();
            for (QueryDefinition query : result.queries()) {
                String file = query.name().substring(query.name().indexOf('/') + 1) + ".logsinsights";
                sink.write(folder.resolve(QUERIES).resolve(file), queryFile(query, groupText).getBytes(StandardCharsets.UTF_8));
            }
            for (Map.Entry<String, ObjectNode> nested : result.scale().nestedTemplates().entrySet()) {
                // Paths are relative to DIR (the parent's TemplateURL); inside the staged folder without its name.
                Path file = folder.resolve(nested.getKey().substring(nested.getKey().indexOf('/') + 1));
                Files.createDirectories(file.getParent());
                byte[] json = result.scale().nestedJson().get(nested.getKey());
                sink.write(file, json != null ? json : JsonText.prettyUtf8(nested.getValue()));
            }
            sink.write(staged.file(), JsonText.prettyUtf8(result.template()));
            staged.commit();
        }
    }

    /** The files of a service folder that generate writes (or that derive from them), relative to the folder. */
    private static boolean owned(Path relative) {
        String name = relative.getFileName().toString();
        String parent = relative.getParent() == null ? "" : relative.getParent().toString();
        return parent.isEmpty() && (name.equals(ALARMS) || name.equals(PREVIEW))
                || parent.equals(DASHBOARDS) && name.endsWith(".json")
                || parent.equals(QUERIES) && name.endsWith(".logsinsights")
                || parent.equals(STACKS) && name.endsWith(".template.json");
    }

    private static String queryFile(QueryDefinition query, Map<JsonNode, String> groupText) {
        String groups = query.logGroups().stream().map(g -> g.isTextual() ? g.asText() : groupText.computeIfAbsent(g, JsonText::compact))
                .collect(Collectors.joining(", "));
        return "# " + query.query().description() + "\n# Language: " + query.query().language() + "\n# Log groups: " + groups + "\n"
                + query.query().query() + "\n";
    }
}
