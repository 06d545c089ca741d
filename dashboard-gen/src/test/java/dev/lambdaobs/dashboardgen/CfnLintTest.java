package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdaobs.dashboardgen.generate.GenerationResult;
import dev.lambdaobs.dashboardgen.input.BadInputException;
import dev.lambdaobs.dashboardgen.input.DocumentReader;
import dev.lambdaobs.dashboardgen.input.LocatedDocument;
import dev.lambdaobs.dashboardgen.registry.MonitorRegistry;
import java.io.IOException;
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
        Map<Path, Path> linted = new LinkedHashMap<>();
        List<Path> all = new ArrayList<>();
        int index = 0;
        for (Path input : inputs) {
            Path output = dir.resolve(index + "-" + input.getFileName() + ".json");
            Path deployed = dir.resolve(index++ + "-deployed-" + input.getFileName() + ".json");
            try {
                GenerationResult result = TestSupport.generate(input);
                if (!CfnLint.readable(result.template())) {
                    continue;
                }
                JSON.writeValue(output.toFile(), result.template());
                linted.put(input, asDeployed(input, deployed));
            } catch (BadInputException e) {
                continue; // the corpus templates that are malformed, refused as CorpusTest expects
            }
            outputs.put(input, output);
            all.add(linted.get(input));
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
        List<String> introduced = new ArrayList<>();
        outputs.forEach((input, output) -> {
            List<CfnLint.Finding> before = findings.get(linted.get(input).toAbsolutePath());
            if (!CfnLint.comparable(before)) {
                System.out.println(input.getFileName() + ": not compared, cfn-lint cannot parse the input (" + CfnLint.PARSE_ERROR + ")");
                return;
            }
            CfnLint.introduced(before, findings.get(output.toAbsolutePath()))
                    .forEach(f -> introduced.add(input.getFileName() + ": " + f.rule() + " " + f.resource() + ": " + f.message()));
        });
        introduced.forEach(System.out::println);
        System.out.printf("%d templates linted, %d findings introduced%n", outputs.size(), introduced.size());
        assertThat(introduced).isEmpty();
    }

    /**
     * The input cfn-lint compares the output with: the template itself, or, when it gives a key twice (cfn-lint
     * stops at E0000 then and checks nothing else), the template as a deploy reads it, each key's last value
     * kept (our reader's tree written to {@code asDeployed} as JSON).
     */
    private static Path asDeployed(Path input, Path asDeployed) throws IOException {
        LocatedDocument document = DocumentReader.read(input);
        if (document.duplicates().isEmpty()) {
            return input;
        }
        System.out.println(input.getFileName() + ": gives a key twice; compared as a deploy reads it, the last value kept");
        JSON.writeValue(asDeployed.toFile(), document.root());
        return asDeployed;
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
