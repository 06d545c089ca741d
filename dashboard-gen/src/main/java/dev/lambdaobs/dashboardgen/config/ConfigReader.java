package dev.lambdaobs.dashboardgen.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.input.DocumentReader;
import dev.lambdaobs.dashboardgen.input.LocatedDocument;
import dev.lambdaobs.dashboardgen.limits.CloudWatchLimits;
import dev.lambdaobs.dashboardgen.registry.Severity;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Parses the YAML config strictly: an unknown key or a wrong type is a {@link
 * dev.lambdaobs.dashboardgen.input.BadInputException} naming file:line, the key path and what was expected.
 *
 * <pre>{@code
 * GeneratorConfig config = ConfigReader.read(Path.of("monitoring.yaml"), rules, id -> service.resource(id).map(TemplateResource::type));
 * }</pre>
 */
public final class ConfigReader {
    private static final Set<String> TOP = union(Set.of("service", "runbook", "metricsNamespace", "s3RequestMetrics", "alarmActions",
            "defaults", "resources", "guardrails", "actionsSuppressor", "lambdaConcurrencyQuota", "slos"), SignalsConfigReader.KEYS);
    private static final Set<String> RESOURCE = Set.of("physicalName", "dimensions", "disabled", "alarms");
    private static final Set<String> RULE = union(Set.of("threshold", "periodSeconds", "evaluationPeriods", "datapointsToAlarm",
            "severity", "disabled", "actions"), SignalsConfigReader.RULE_KEYS);
    private static final Set<String> SUPPRESSOR = Set.of("alarm", "waitPeriodSeconds", "extensionPeriodSeconds");
    private static final Set<String> GUARDRAILS = Set.of("logRetention", "logRetentionDays", "deploymentAlarms", "tracing",
            "lambdaInsights");
    /** The key under a resource's Metadata that holds its monitoring settings. */
    public static final String METADATA_KEY = "lambdaobs";

    private ConfigReader() {
    }

    /** Reads the config at {@code file}; profile and rule ids must be in {@code rules}, whatever the resource. */
    public static GeneratorConfig read(Path file, RuleCatalog rules) {
        return read(file, rules, id -> Optional.empty());
    }

    /**
     * Reads the config at {@code file}; profile and rule ids must be in {@code rules}, and the rule ids under
     * {@code resources.<id>.alarms} rules of that resource's type, {@code typeOf} the templates' type of a logical id.
     */
    public static GeneratorConfig read(Path file, RuleCatalog rules, Function<String, Optional<String>> typeOf) {
        LocatedDocument document = DocumentReader.read(file);
        if (!document.duplicates().isEmpty()) {
            throw document.duplicates().get(0).error();
        }
        ConfigNode root = new ConfigNode(document, "", "", document.root()).mapping(TOP);
        Map<Severity, List<String>> actions = new EnumMap<>(Severity.class);
        root.optional("alarmActions").ifPresent(node -> node.entries().forEach((key, value) ->
                actions.put(severity(value, key), limitedActions(value))));
        Map<String, Map<String, RuleOverride>> defaults = new LinkedHashMap<>();
        root.optional("defaults").ifPresent(node -> node.entries().forEach((profile, overrides) -> {
            rules.checkProfile(overrides, profile);
            defaults.put(profile, rules(overrides, (rule, id) -> rules.checkRule(rule, profile, id)));
        }));
        Map<String, ResourceSettings> resources = new LinkedHashMap<>();
        root.optional("resources").ifPresent(node -> node.entries().forEach((id, value) ->
                resources.put(id, resource(value, (rule, ruleId) -> rules.checkResourceRule(rule, id, typeOf.apply(id), ruleId)))));
        return new GeneratorConfig(root.optional("service").map(ConfigNode::text), root.optional("runbook").map(ConfigNode::text),
                root.optional("metricsNamespace").map(ConfigNode::text),
                root.optional("s3RequestMetrics").map(ConfigNode::bool).orElse(false), actions, defaults, resources,
                root.optional("guardrails").map(ConfigReader::guardrails).orElse(Guardrails.DEFAULT),
                root.optional("actionsSuppressor").map(ConfigReader::suppressor),
                root.optional("lambdaConcurrencyQuota").map(ConfigNode::positiveInt)
                        .orElse(GeneratorConfig.DEFAULT_LAMBDA_CONCURRENCY_QUOTA),
                SignalsConfigReader.read(root, ConfigReader::rule), root.optional("slos").map(SloConfigReader::read));
    }

    private static ActionsSuppressor suppressor(ConfigNode node) {
        node.mapping(SUPPRESSOR);
        String alarm = node.optional("alarm").map(ConfigNode::text)
                .orElseThrow(() -> node.error("needs alarm: the name or ARN of the suppressing alarm"));
        return new ActionsSuppressor(alarm,
                node.optional("waitPeriodSeconds").map(ConfigNode::positiveInt).orElse(ActionsSuppressor.DEFAULT_PERIOD_SECONDS),
                node.optional("extensionPeriodSeconds").map(ConfigNode::positiveInt).orElse(ActionsSuppressor.DEFAULT_PERIOD_SECONDS));
    }

    private static Guardrails guardrails(ConfigNode node) {
        node.mapping(GUARDRAILS);
        Guardrails on = Guardrails.DEFAULT;
        return new Guardrails(node.optional("logRetention").map(ConfigNode::bool).orElse(on.logRetention()),
                node.optional("logRetentionDays").map(ConfigReader::retentionDays).orElse(on.logRetentionDays()),
                node.optional("deploymentAlarms").map(ConfigNode::bool).orElse(on.deploymentAlarms()),
                node.optional("tracing").map(ConfigNode::bool).orElse(on.tracing()),
                node.optional("lambdaInsights").map(ConfigNode::bool).orElse(on.lambdaInsights()));
    }

    private static int retentionDays(ConfigNode node) {
        int days = node.positiveInt();
        if (!CloudWatchLimits.LOG_RETENTION_DAYS.contains(days)) {
            throw node.error(days + " days is not a retention period CloudWatch Logs accepts; expected one of "
                    + CloudWatchLimits.LOG_RETENTION_DAYS);
        }
        return days;
    }

    /**
     * Reads {@code Metadata.lambdaobs} of a template resource with the same rules as a config resource entry: its
     * alarm rule ids must be rules of the resource's {@code type}.
     */
    public static ResourceSettings fromMetadata(LocatedDocument template, String logicalId, String type, JsonNode metadata,
            RuleCatalog rules) {
        JsonNode settings = metadata.get(METADATA_KEY);
        if (settings == null) {
            return ResourceSettings.NONE;
        }
        String pointer = LocatedDocument.child(LocatedDocument.child("/Resources", logicalId) + "/Metadata", METADATA_KEY);
        return resource(new ConfigNode(template, pointer, "resource " + logicalId + ": Metadata." + METADATA_KEY, settings),
                (rule, ruleId) -> rules.checkResourceRule(rule, logicalId, Optional.of(type), ruleId));
    }

    /** A resource's settings; its alarm rule ids are checked by {@code ruleCheck}. */
    private static ResourceSettings resource(ConfigNode node, BiConsumer<ConfigNode, String> ruleCheck) {
        node.mapping(RESOURCE);
        Map<String, String> dimensions = new LinkedHashMap<>();
        node.optional("dimensions").ifPresent(d -> d.entries().forEach((name, value) -> dimensions.put(name, value.text())));
        return new ResourceSettings(node.optional("physicalName").map(ConfigNode::text), dimensions,
                node.optional("disabled").map(ConfigNode::bool).orElse(false),
                node.optional("alarms").map(alarms -> rules(alarms, ruleCheck)).orElse(Map.of()));
    }

    private static Map<String, RuleOverride> rules(ConfigNode node, BiConsumer<ConfigNode, String> ruleCheck) {
        Map<String, RuleOverride> rules = new LinkedHashMap<>();
        node.entries().forEach((id, value) -> {
            ruleCheck.accept(value, id);
            rules.put(id, rule(value, Set.of()));
        });
        return rules;
    }

    /** A rule override; {@code more} are keys its mapping may hold besides a rule's (a business metric's namespace). */
    private static RuleOverride rule(ConfigNode node, Set<String> more) {
        node.mapping(union(RULE, more));
        RuleOverride rule = new RuleOverride(
                node.optional("threshold").map(n -> OptionalDouble.of(n.number())).orElse(OptionalDouble.empty()),
                node.optional("periodSeconds").map(n -> OptionalInt.of(n.positiveInt())).orElse(OptionalInt.empty()),
                node.optional("evaluationPeriods").map(n -> OptionalInt.of(n.positiveInt())).orElse(OptionalInt.empty()),
                node.optional("datapointsToAlarm").map(n -> OptionalInt.of(n.positiveInt())).orElse(OptionalInt.empty()),
                node.optional("severity").map(n -> severity(n, n.text())),
                node.optional("disabled").map(ConfigNode::bool).orElse(false),
                node.optional("actions").map(ConfigReader::limitedActions), SignalsConfigReader.extras(node));
        if (rule.periodSeconds().isPresent() && rule.evaluationPeriods().isPresent() && rule.datapointsToAlarm().isPresent()) {
            CloudWatchLimits.alarmEvaluationProblem(rule.periodSeconds().getAsInt(), rule.evaluationPeriods().getAsInt(),
                    rule.datapointsToAlarm().getAsInt()).ifPresent(problem -> {
                        throw node.error(problem);
                    });
        }
        return rule;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    private static Severity severity(ConfigNode node, String value) {
        for (Severity severity : Severity.values()) {
            if (severity.key().equals(value.toLowerCase(Locale.ROOT))) {
                return severity;
            }
        }
        throw node.error("unknown severity '" + value + "'; expected critical or warning");
    }

    private static List<String> limitedActions(ConfigNode node) {
        List<String> arns = node.texts();
        if (arns.size() > CloudWatchLimits.MAX_ALARM_ACTIONS) {
            throw node.error(arns.size() + " actions; CloudWatch allows at most " + CloudWatchLimits.MAX_ALARM_ACTIONS + " per alarm state");
        }
        for (String arn : arns) {
            if (!arn.startsWith("arn:")) {
                throw node.error("'" + arn + "' is not an ARN (expected e.g. arn:aws:sns:region:account:topic)");
            }
        }
        return arns;
    }
}
