package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdaobs.dashboardgen.generate.GenerationResult;
import dev.lambdaobs.dashboardgen.input.BadInputException;
import dev.lambdaobs.dashboardgen.registry.MonitorRegistry;
import dev.lambdaobs.dashboardgen.template.CfnTemplate;
import dev.lambdaobs.dashboardgen.template.DuplicateKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * cfn-lint, in one process, on the merged output of corpus templates and on the templates
 * themselves: an output may not have an error, or a W1001 (a reference to a resource whose
 * Condition may be false), that its input did not have, by rule id and resource; an input cfn-lint
 * cannot parse (a key given twice) counts as a deploy reads it, each key's last value kept. By default a fixed
 * sample ({@link CorpusSample}); {@code -Dlambdaobs.cfnlint=corpus} takes the whole corpus
 * ({@code scripts/cfn-lint-corpus.sh}). Skipped, saying so, where cfn-lint is not installed.
 */
class CfnLintTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void mergedOutputsAddNoErrorAndNoConditionWarningThatTheirInputsDidNotHave() throws Exception {
        Optional<String> version = CfnLint.version();
        assumeTrue(version.isPresent(), "cfn-lint is not installed (pip install cfn-lint): skipping the cfn-lint check");
        Set<String> monitored = MonitorRegistry.standard().supportedTypes();
        Map<Path, Set<String>> corpus = CorpusSample.typesByTemplate(TestSupport.shared().resolve("corpus/serverless-patterns"),
                monitored);
        boolean whole = "corpus".equals(System.getProperty("lambdaobs.cfnlint"));
        CorpusSample.Sample sample = CorpusSample.choose(corpus, monitored);
        List<Path> inputs = whole ? List.copyOf(corpus.keySet()) : sample.templates();
        System.out.printf("%s on %d templates; monitored types covered %s; in no corpus template %s%n", version.get(),
                inputs.size(), sample.covered(), sample.absent());

        Map<Path, Path> outputs = new LinkedHashMap<>();
        List<Path> all = new ArrayList<>();
        int index = 0;
        for (Path input : inputs) {
            Path output = dir.resolve(index++ + "-" + input.getFileName() + ".json");
            try {
                GenerationResult result = TestSupport.generate(input);
                if (!CfnLint.readable(result.template())) {
                    continue;
                }
                JSON.writeValue(output.toFile(), result.template());
            } catch (BadInputException e) {
                continue; // the corpus templates that are malformed or give a key twice, rejected as CorpusTest expects
            }
            outputs.put(input, output);
            all.add(input);
            all.add(output);
        }
        Path canaryInput = TestSupport.resource("cfnlint/canary.yaml");
        Path canaryOutput = TestSupport.resource("cfnlint/canary.output.yaml");
        all.add(canaryInput);
        all.add(canaryOutput);

        Map<Path, List<CfnLint.Finding>> findings = CfnLint.lint(all, dir);

        // The harness sees what it must: the canary's output adds an error and a W1001 its input lacks.
        assertThat(CfnLint.introduced(findings.get(canaryInput.toAbsolutePath()), findings.get(canaryOutput.toAbsolutePath())))
                .extracting(CfnLint.Finding::rule).contains(CfnLint.CONDITION_WARNING).anyMatch(rule -> rule.startsWith("E"));
        Map<Path, List<CfnLint.Finding>> deployed = asDeployed(outputs.keySet(), findings);
        List<String> introduced = new ArrayList<>();
        outputs.forEach((input, output) -> {
            List<CfnLint.Finding> before = deployed.getOrDefault(input, findings.get(input.toAbsolutePath()));
            CfnLint.introduced(before, findings.get(output.toAbsolutePath()))
                    .forEach(f -> introduced.add(input.getFileName() + ": " + f.rule() + " " + f.resource() + ": " + f.message()));
        });
        introduced.forEach(System.out::println);
        System.out.printf("%d templates linted, %d findings introduced%n", outputs.size(), introduced.size());
        assertThat(introduced).isEmpty();
    }

    /**
     * For each input cfn-lint cannot parse (E0000, a key given twice: it checks nothing else then), its
     * findings on the input as a deploy reads it, the last value of each key kept (our reader's tree as
     * JSON), so the output is compared with that instead of going unchecked.
     */
    private Map<Path, List<CfnLint.Finding>> asDeployed(Set<Path> inputs, Map<Path, List<CfnLint.Finding>> findings) throws Exception {
        Map<Path, Path> rewritten = new LinkedHashMap<>();
        for (Path input : inputs) {
            if (!CfnLint.comparable(findings.get(input.toAbsolutePath()))) {
                Path asDeployed = dir.resolve("as-deployed-" + input.getFileName() + ".json");
                JSON.writeValue(asDeployed.toFile(), CfnTemplate.read(input, DuplicateKeys.warnTo(line -> { })).root());
                rewritten.put(input, asDeployed);
            }
        }
        if (rewritten.isEmpty()) {
            return Map.of();
        }
        Map<Path, List<CfnLint.Finding>> linted = CfnLint.lint(List.copyOf(rewritten.values()),
                Files.createDirectories(dir.resolve("as-deployed")));
        Map<Path, List<CfnLint.Finding>> byInput = new LinkedHashMap<>();
        rewritten.forEach((input, asDeployed) -> {
            System.out.println(input.getFileName() + ": cfn-lint cannot parse the input (" + CfnLint.PARSE_ERROR
                    + ", a duplicate key): compared with the input as a deploy reads it, the last value kept");
            byInput.put(input, linted.get(asDeployed.toAbsolutePath()));
        });
        return byInput;
    }

    @Test
    void theSampleCoversEveryMonitoredTypeFoundInTheCorpus() {
        Set<String> monitored = MonitorRegistry.standard().supportedTypes();
        Map<Path, Set<String>> corpus = CorpusSample.typesByTemplate(TestSupport.shared().resolve("corpus/serverless-patterns"),
                monitored);
        CorpusSample.Sample sample = CorpusSample.choose(corpus, monitored);

        Set<String> inSample = new java.util.TreeSet<>();
        sample.templates().forEach(t -> inSample.addAll(corpus.get(t)));
        assertThat(inSample).isEqualTo(sample.covered()).contains("AWS::Serverless::Function", "AWS::SQS::Queue",
                "AWS::DynamoDB::Table", "AWS::Events::Rule");
        assertThat(sample.templates()).hasSizeBetween(CorpusSample.MIN_SIZE, 25).doesNotHaveDuplicates();
        assertThat(Files.exists(sample.templates().get(0))).isTrue();
    }
}
