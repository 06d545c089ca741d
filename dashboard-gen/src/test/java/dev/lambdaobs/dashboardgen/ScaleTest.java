package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdaobs.dashboardgen.cli.Main;
import dev.lambdaobs.dashboardgen.limits.CloudFormationLimits;
import dev.lambdaobs.dashboardgen.limits.SamExpansion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * At 400 and 1,600 functions every template generate writes is deployable: within a stack's resources (after SAM's
 * transform), size, parameters and outputs, every generated resource valid against its registry schema, composite
 * alarms naming alarms that exist (in whichever stack) and depending on the stacks that hold them, and cfn-lint clean.
 * cfn-lint takes minutes on these templates, so by default it lints the parent and the first and last nested
 * template of each service (the nested ones are written by one code path); {@code -Dlambdaobs.scale.lint=all} lints
 * every written template once, in one cfn-lint run per service.
 */
class ScaleTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CfnSchemas SCHEMAS = CfnSchemas.standard();

    @TempDir
    Path dir;

    @Test
    void fourHundredFunctionsMergedAutoUseMetricsInsightsAndStayDeployable() throws Exception {
        Path template = ScaleServices.samService(dir, 400);
        Map<Path, JsonNode> written = generate("--template", template.toString(), "--service", "big");
        JsonNode parent = written.get(dir.resolve("out/big.template.json"));
        // alarms.json has each alarm as generated, before references became nested stack parameters.
        JsonNode alarms = JSON.readTree(dir.resolve("out/big/alarms.json").toFile());
        List<JsonNode> errors = new ArrayList<>();
        alarms.forEach(a -> {
            if (a.path("rule").asText().equals("Errors")) {
                errors.add(a);
            }
        });
        List<JsonNode> insights = errors.stream().filter(a -> a.toString().contains("FROM SCHEMA(\\\"AWS/Lambda\\\", FunctionName)")).toList();
        // 399 functions alike in 28-name queries (2,048 characters for any deployed name); Fn0's rollback alarm stays its own.
        assertThat(insights).hasSize(15);
        assertThat(insights.get(0).toString()).contains("GROUP BY FunctionName", "{\"Ref\":\"Fn1\"}");
        assertThat(errors.stream().filter(a -> a.path("resource").asText().equals("Fn0"))).hasSize(1);
        assertThat(errors.stream().filter(a -> a.path("resource").asText().equals("Fn1"))).isEmpty();
        JsonNode preference = parent.path("Resources").path("Fn0").path("Properties").path("DeploymentPreference").path("Alarms");
        assertThat(preference.size()).isEqualTo(3);
        deployable(written);
    }

    @Test
    void fourHundredFunctionsPerResourceGoIntoNestedStacks() throws Exception {
        Path template = ScaleServices.samService(dir, 400);
        Map<Path, JsonNode> written = generate("--template", template.toString(), "--service", "big", "--alarm-style", "per-resource");
        JsonNode parent = written.get(dir.resolve("out/big.template.json"));
        List<String> stacks = new ArrayList<>();
        parent.path("Resources").fields().forEachRemaining(e -> {
            if (e.getValue().path("Type").asText().equals("AWS::CloudFormation::Stack")) {
                stacks.add(e.getKey());
            }
        });
        assertThat(stacks).hasSizeGreaterThan(1);
        assertThat(resources(written, "AWS::CloudWatch::Alarm").stream().filter(a -> a.toString().contains("FROM SCHEMA("))).isEmpty();
        // A rollback alarm in a nested stack is named through that stack's output.
        JsonNode preference = parent.path("Resources").path("Fn0").path("Properties").path("DeploymentPreference").path("Alarms");
        assertThat(preference.toString()).contains("Outputs.");
        deployable(written);
    }

    /**
     * Conditional alarms are named by ARN in their composites, so a nested stack holding them outputs each ARN its
     * composites (in another stack) read: a stack holds at most 200 such outputs. Before, 120 conditional functions
     * put about 480 alarms and outputs in one nested template, refused as beyond the outputs limit. The alarms on the
     * mappings SAM generates reach them through parameters the parent fills under the function's condition (before,
     * the nested template kept a {@code Ref} to a resource only the parent has).
     */
    @Test
    void conditionalFunctionsInNestedStacksStayWithinTheOutputsLimit() throws Exception {
        Path template = ScaleServices.samService(dir, 120, true);
        Map<Path, JsonNode> written = generate("--template", template.toString(), "--service", "big", "--alarm-style", "per-resource");
        List<JsonNode> nested = written.entrySet().stream().filter(e -> e.getKey().toString().contains("/stacks/")).map(Map.Entry::getValue).toList();
        assertThat(nested).hasSizeGreaterThan(1);
        assertThat(nested).anyMatch(t -> t.path("Outputs").size() > 0);
        for (JsonNode stack : nested) {
            List<String> unknown = new ArrayList<>();
            stack.path("Resources").forEach(r -> refs(r, unknown));
            unknown.removeIf(id -> id.startsWith("AWS::") || stack.path("Parameters").has(id) || stack.path("Resources").has(id));
            assertThat(unknown).as("references a nested template cannot resolve").isEmpty();
        }
        JsonNode parent = written.get(dir.resolve("out/big.template.json"));
        assertThat(parent.toString()).contains("{\"Fn::If\":[\"Deployed\",{\"Ref\":\"Fn7Work\"},\"-\"]}");
        deployable(written);
    }

    /** The ids a value names with Ref or GetAtt (Fn::Sub texts are rewritten to variables of such references). */
    private static void refs(JsonNode value, List<String> into) {
        if (value.isObject() && value.size() == 1 && value.path("Ref").isTextual()) {
            into.add(value.get("Ref").asText());
        } else if (value.isObject() && value.size() == 1 && value.path("Fn::GetAtt").isArray()) {
            into.add(value.get("Fn::GetAtt").get(0).asText());
        }
        value.forEach(child -> refs(child, into));
    }

    @Test
    void sixteenHundredFunctionsStandaloneStayDeployable() throws Exception {
        Path template = ScaleServices.samService(dir, 1600);
        Path config = ScaleServices.standaloneConfig(dir, 1600, 64);
        Map<Path, JsonNode> written = generate("--template", template.toString(), "--config", config.toString(), "--mode", "standalone");
        assertThat(written.keySet().stream().filter(p -> p.toString().contains("/stacks/"))).isNotEmpty();
        deployable(written);
    }

    /** Runs generate into DIR/out and reads every template it wrote. */
    private Map<Path, JsonNode> generate(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("generate", "--out", dir.resolve("out").toString()));
        command.addAll(List.of(args));
        assertThat(Main.run(command.toArray(String[]::new))).isZero();
        Map<Path, JsonNode> written = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(dir.resolve("out"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".template.json")).sorted().toList()) {
                written.put(file, JSON.readTree(file.toFile()));
            }
        }
        return written;
    }

    private static List<JsonNode> resources(Map<Path, JsonNode> written, String type) {
        List<JsonNode> found = new ArrayList<>();
        written.values().forEach(t -> t.path("Resources").forEach(r -> {
            if (r.path("Type").asText().equals(type)) {
                found.add(r);
            }
        }));
        return found;
    }

    private void deployable(Map<Path, JsonNode> written) throws Exception {
        Map<String, Path> stackFiles = new HashMap<>();
        Map<String, List<String>> stackDependsOn = new HashMap<>();
        for (Map.Entry<Path, JsonNode> entry : written.entrySet()) {
            JsonNode template = entry.getValue();
            String file = entry.getKey().toString();
            assertThat(SamExpansion.resources(template)).as(file).isLessThanOrEqualTo(CloudFormationLimits.MAX_RESOURCES_PER_STACK);
            assertThat(Files.size(entry.getKey())).as(file).isLessThanOrEqualTo(CloudFormationLimits.MAX_TEMPLATE_BYTES_S3);
            assertThat(template.path("Parameters").size()).as(file).isLessThanOrEqualTo(CloudFormationLimits.MAX_PARAMETERS_PER_TEMPLATE);
            assertThat(template.path("Outputs").size()).as(file).isLessThanOrEqualTo(CloudFormationLimits.MAX_OUTPUTS_PER_TEMPLATE);
            List<String> problems = new ArrayList<>();
            template.path("Resources").fields().forEachRemaining(r -> {
                String type = r.getValue().path("Type").asText();
                if (SCHEMAS.knows(type)) {
                    SCHEMAS.problems(type, r.getValue().path("Properties")).forEach(p -> problems.add(r.getKey() + ": " + p));
                }
                if (type.equals("AWS::CloudFormation::Stack")) {
                    Path nested = entry.getKey().getParent().resolve(r.getValue().path("Properties").path("TemplateURL").asText());
                    assertThat(nested).as("TemplateURL of " + r.getKey()).exists();
                    stackFiles.put(r.getKey(), nested.normalize());
                    List<String> dependsOn = new ArrayList<>();
                    r.getValue().path("DependsOn").forEach(d -> dependsOn.add(d.asText()));
                    stackDependsOn.put(r.getKey(), dependsOn);
                }
            });
            assertThat(problems).as(file).isEmpty();
        }
        compositesNameExistingAlarmsInStacksTheyDependOn(written, stackFiles, stackDependsOn);
        List<Path> parents = written.keySet().stream().filter(p -> !p.toString().contains("/stacks/")).toList();
        List<Path> nested = written.keySet().stream().filter(p -> p.toString().contains("/stacks/")).toList();
        List<Path> linted = new ArrayList<>(parents);
        if ("all".equals(System.getProperty("lambdaobs.scale.lint"))) {
            linted.addAll(nested);
        } else if (!nested.isEmpty()) {
            linted.add(nested.get(0));
            linted.add(nested.get(nested.size() - 1));
        }
        lint(linted.stream().distinct().toList());
    }

    /** Every ALARM("name") of a composite is an alarm of some written template, created before it (same stack or DependsOn). */
    private static void compositesNameExistingAlarmsInStacksTheyDependOn(Map<Path, JsonNode> written, Map<String, Path> stackFiles,
            Map<String, List<String>> stackDependsOn) {
        Map<String, Path> alarmFile = new HashMap<>();
        written.forEach((file, template) -> template.path("Resources").forEach(r -> {
            if (r.path("Type").asText().startsWith("AWS::CloudWatch::")) {
                alarmFile.put(nameText(r.path("Properties").path("AlarmName")), file);
            }
        }));
        Map<Path, String> stackOfFile = new HashMap<>();
        stackFiles.forEach((stack, file) -> stackOfFile.put(file, stack));
        int checked = 0;
        for (Map.Entry<Path, JsonNode> entry : written.entrySet()) {
            for (JsonNode resource : entry.getValue().path("Resources")) {
                if (!resource.path("Type").asText().equals("AWS::CloudWatch::CompositeAlarm")) {
                    continue;
                }
                String rule = nameText(resource.path("Properties").path("AlarmRule"));
                java.util.regex.Matcher child = java.util.regex.Pattern.compile("ALARM\\(\"([^\"]+)\"\\)").matcher(rule);
                while (child.find()) {
                    Path holder = alarmFile.get(child.group(1));
                    assertThat(holder).as("alarm named by a composite: " + child.group(1)).isNotNull();
                    Path self = entry.getKey().normalize();
                    if (!holder.normalize().equals(self) && stackOfFile.containsKey(self)) {
                        assertThat(stackDependsOn.get(stackOfFile.get(self))).as(self + " depends on the stack of " + child.group(1))
                                .contains(stackOfFile.get(holder.normalize()));
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).isPositive();
    }

    /** A name or rule as text, the nested stacks' stack name parameter read as the parent's stack name. */
    private static String nameText(JsonNode value) {
        String text = value.isTextual() ? value.asText() : value.has("Fn::Sub") ? (value.get("Fn::Sub").isTextual()
                ? value.get("Fn::Sub").asText() : value.get("Fn::Sub").get(0).asText()) : value.toString();
        return text.replace("${LambdaobsStackName}", "${AWS::StackName}");
    }

    private void lint(List<Path> templates) throws Exception {
        Optional<String> version = CfnLint.version();
        if (version.isEmpty()) {
            System.out.println("cfn-lint is not installed (pip install cfn-lint): the written templates are not linted");
            return;
        }
        Map<Path, List<CfnLint.Finding>> findings = CfnLint.lint(List.copyOf(templates), dir);
        List<String> counted = new ArrayList<>();
        findings.forEach((file, list) -> list.stream().filter(CfnLint.Finding::counts)
                .forEach(f -> counted.add(file.getFileName() + " " + f.key() + ": " + f.message())));
        assertThat(counted).isEmpty();
    }
}
