package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaobs.dashboardgen.alarm.AlarmDefinition;
import dev.lambdaobs.dashboardgen.dashboard.DashboardDefinition;
import dev.lambdaobs.dashboardgen.generate.GenerationResult;
import dev.lambdaobs.dashboardgen.input.BadInputException;
import dev.lambdaobs.dashboardgen.registry.MonitorRegistry;
import dev.lambdaobs.dashboardgen.registry.MonitoredResource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every template of ../shared/corpus/serverless-patterns, generated once in this JVM. */
class CorpusTest {
    private static final Map<Path, GenerationResult> RESULTS = new TreeMap<>();
    private static final Map<Path, String> REJECTED = new TreeMap<>();

    @BeforeAll
    static void generateAll() throws IOException {
        Path corpus = TestSupport.shared().resolve("corpus/serverless-patterns");
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.filter(f -> f.toString().matches(".*\\.ya?ml$")).sorted().toList()) {
                try {
                    RESULTS.put(file, TestSupport.generate(file));
                } catch (BadInputException e) {
                    REJECTED.put(file, e.getMessage());
                }
            }
        }
    }

    /**
     * Two corpus templates are malformed YAML and are refused naming file and line; ten give a key twice deep inside
     * a resource or output (two {@code Handler}s, a tag value...), which CloudFormation deploys with the last value:
     * those go through, with a warning.
     */
    @Test
    void everyTemplateGoesThroughExceptTheTwoMalformedOnesWhichNameFileAndLine() {
        assertThat(RESULTS.size() + REJECTED.size()).isEqualTo(497);
        assertThat(REJECTED).hasSize(2);
        REJECTED.forEach((file, message) -> assertThat(message).matches("\\Q" + file + "\\E:\\d+: malformed YAML: .+"));
    }

    @Test
    void eachSupportedTypeFoundInTheCorpusGetsAlarmsAndWidgets() {
        Set<String> supported = MonitorRegistry.standard().supportedTypes();
        Set<String> typesMonitored = new TreeSet<>();
        Set<String> typesFound = new TreeSet<>();
        List<String> missing = new ArrayList<>();
        RESULTS.forEach((file, result) -> {
            typesFound.addAll(result.foundByType().keySet());
            for (MonitoredResource resource : result.monitored()) {
                typesMonitored.add(resource.resourceType());
                boolean alarmed = result.alarms().stream().anyMatch(a -> a.resourceKey().equals(resource.key()));
                boolean graphed = result.dashboards().stream().anyMatch(d -> hasWidgetFor(d, resource.key()));
                if (!alarmed || !graphed) {
                    missing.add(file.getFileName() + " " + resource.key() + " alarms=" + alarmed + " widgets=" + graphed);
                }
            }
        });
        assertThat(missing).isEmpty();
        assertThat(supported).containsAll(typesFound);
        // S3 buckets need a metrics configuration (none in the corpus asks for one); all other types get monitored.
        Set<String> expected = new TreeSet<>(typesFound);
        expected.remove("AWS::S3::Bucket");
        assertThat(typesMonitored).containsAll(expected);
        assertThat(typesFound).contains("AWS::Serverless::Function", "AWS::SQS::Queue", "AWS::DynamoDB::Table",
                "AWS::Kinesis::Stream", "AWS::SNS::Topic", "AWS::Events::Rule", "AWS::Serverless::StateMachine");
    }

    /** The profiles a type declares (the config's rule ids are checked against them) are the ones discovery gives. */
    @Test
    void everyMonitoredResourceHasAProfileItsTypeDeclares() {
        MonitorRegistry registry = MonitorRegistry.standard();
        registry.supportedTypes().forEach(type -> assertThat(registry.type(type).orElseThrow().profiles()).as(type).isNotEmpty());
        List<String> undeclared = new ArrayList<>();
        RESULTS.forEach((file, result) -> result.monitored().forEach(resource -> {
            if (!registry.type(resource.resourceType()).orElseThrow().profiles().contains(resource.profile())) {
                undeclared.add(file.getFileName() + " " + resource.key() + " " + resource.resourceType() + " " + resource.profile().id());
            }
        }));
        assertThat(undeclared).isEmpty();
    }

    @Test
    void unsupportedResourcesAreReportedNotFatal() {
        Map<String, Integer> unmonitored = new HashMap<>();
        RESULTS.values().forEach(r -> r.unmonitored().forEach((type, n) -> unmonitored.merge(type, n, Integer::sum)));
        assertThat(unmonitored).containsKey("AWS::IAM::Role");
    }

    @Test
    void everyGeneratedResourceValidatesAndRespectsTheLimits() {
        CfnSchemas schemas = CfnSchemas.standard();
        RESULTS.forEach((file, result) -> {
            OutputChecks.checkAll(result, schemas);
            OutputChecks.checkChangedResources(result, List.of(file), schemas);
        });
    }

    @Test
    void everyServiceWithACriticalAlarmHasOneTopCompositeAlarm() {
        RESULTS.values().forEach(result -> {
            long critical = result.alarms().stream().filter(a -> a.type().equals(AlarmDefinition.METRIC_ALARM)
                    && a.severity().key().equals("critical")).count();
            long tops = result.alarms().stream().filter(a -> a.ruleId().equals("Critical")).count();
            assertThat(tops).as(result.service()).isEqualTo(critical > 0 ? 1 : 0);
        });
    }

    private static boolean hasWidgetFor(DashboardDefinition dashboard, String key) {
        for (var widget : dashboard.body().get("widgets")) {
            if (widget.path("properties").path("title").asText().startsWith(key + ": ")) {
                return true;
            }
        }
        return false;
    }
}
