package dev.lambdaobs.dashboardgen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdaobs.dashboardgen.template.CfnTemplate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs the installed cfn-lint once over many templates and groups its findings by template, keyed
 * by rule id and resource, so an output's findings can be compared with its input's.
 */
final class CfnLint {
    /** The warning for a resource that refers to one whose Condition may be false: the deploy fails. */
    static final String CONDITION_WARNING = "W1001";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One finding: rule, level, the resource (or top-level section) it is in, and cfn-lint's message. */
    record Finding(String rule, String level, String resource, String message) {
        String key() {
            return rule + " " + resource;
        }

        boolean counts() {
            return level.equals("Error") || rule.equals(CONDITION_WARNING);
        }
    }

    private CfnLint() {
    }

    /** The installed cfn-lint's version, or empty when it is not installed. */
    static Optional<String> version() {
        try {
            Process process = new ProcessBuilder("cfn-lint", "--version").redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes()).trim();
            return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0 ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * False for a template with an empty top-level section ({@code Parameters:} and nothing under
     * it): cfn-lint 1.x crashes on it, ending the whole run, so such templates are left out.
     */
    static boolean readable(Path template) {
        return readable(CfnTemplate.read(template).root());
    }

    static boolean readable(JsonNode root) {
        for (JsonNode section : root) {
            if (section.isNull()) {
                return false;
            }
        }
        return true;
    }

    /** Lints every template in one cfn-lint process; the findings of each, by its path. */
    static Map<Path, List<Finding>> lint(List<Path> templates, Path workDir) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("cfn-lint", "--format", "json", "--"));
        templates.forEach(t -> command.add(t.toAbsolutePath().toString()));
        Path out = workDir.resolve("cfn-lint.json");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(workDir.resolve("cfn-lint.err").toFile()).start();
        process.waitFor();
        JsonNode matches = JSON.readTree(out.toFile());
        if (matches == null || !matches.isArray()) {
            throw new IllegalStateException("cfn-lint printed no JSON: " + Files.readString(workDir.resolve("cfn-lint.err")));
        }
        Map<Path, List<Finding>> byFile = new HashMap<>();
        templates.forEach(t -> byFile.put(t.toAbsolutePath(), new ArrayList<>()));
        for (JsonNode match : matches) {
            JsonNode path = match.path("Location").path("Path");
            String resource = path.path(0).asText().equals("Resources") ? path.path(1).asText() : path.path(0).asText("(template)");
            byFile.computeIfAbsent(Path.of(match.path("Filename").asText()).toAbsolutePath(), f -> new ArrayList<>())
                    .add(new Finding(match.path("Rule").path("Id").asText(), match.path("Level").asText(), resource,
                            match.path("Message").asText()));
        }
        return byFile;
    }

    /** cfn-lint could not parse the template (e.g. a duplicate key): it checked nothing else. */
    static final String PARSE_ERROR = "E0000";

    /**
     * False when cfn-lint could not parse the input: its findings stop there, so the output (which
     * parses) would show the input's own faults as new ones.
     */
    static boolean comparable(List<Finding> input) {
        return input.stream().noneMatch(f -> f.rule().equals(PARSE_ERROR));
    }

    /** The errors and W1001 warnings of {@code output} whose rule and resource {@code input} did not have. */
    static List<Finding> introduced(List<Finding> input, List<Finding> output) {
        Set<String> before = new LinkedHashSet<>();
        input.forEach(f -> before.add(f.key()));
        return output.stream().filter(Finding::counts).filter(f -> !before.contains(f.key())).toList();
    }
}
