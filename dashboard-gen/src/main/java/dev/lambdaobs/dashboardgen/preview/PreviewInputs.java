package dev.lambdaobs.dashboardgen.preview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.lambdaobs.dashboardgen.input.BadInputException;
import dev.lambdaobs.dashboardgen.preview.alarm.LocalAlarms;
import dev.lambdaobs.dashboardgen.preview.data.ApiRoutes;
import dev.lambdaobs.dashboardgen.preview.data.EmfReader;
import dev.lambdaobs.dashboardgen.preview.data.Invocation;
import dev.lambdaobs.dashboardgen.preview.data.InvocationMetrics;
import dev.lambdaobs.dashboardgen.preview.data.LocalMetrics;
import dev.lambdaobs.dashboardgen.preview.data.LocalRunFiles;
import dev.lambdaobs.dashboardgen.template.DuplicateKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads what a preview shows from generate's output and a local run's files. Dashboards come summary
 * first, then by name.
 *
 * <pre>{@code
 * Preview preview = PreviewInputs.load(new PreviewInputs.Sources(Path.of("out/orders/dashboards"), null, null,
 *         Path.of("run/logs.jsonl"), Path.of("run/invocations.jsonl"), Path.of("run/logs.jsonl")), "eu-west-1", 0);
 * }</pre>
 */
public final class PreviewInputs {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The input files; {@code null} where not given.
     *
     * @param dashboards  generate's {@code OUT/<service>/dashboards}
     * @param alarms      its alarms.json (default: next to the dashboards directory)
     * @param template    the template the APIs and functions are read from (default: generate's {@code OUT/<service>.template.json})
     * @param emf         log lines whose EMF documents to plot
     * @param invocations the local run's invocations.jsonl
     * @param logs        the local run's log lines (logs.jsonl)
     */
    public record Sources(Path dashboards, Path alarms, Path template, Path emf, Path invocations, Path logs) {
    }

    private PreviewInputs() {
    }

    /** The same, with the service's name as the stack name. */
    public static Preview load(Sources files, String region, int periodOverride) {
        return load(files, region, null, periodOverride);
    }

    /**
     * Reads every input. Names that merge mode derives from the stack ({@code ${AWS::StackName}}, and
     * {@code ${AWS::Region}} in dashboard names) are shown as they will be deployed in {@code stackName}
     * (default: the service's name) and {@code region}, so composite rules and widgets find their alarms.
     */
    public static Preview load(Sources files, String region, String stackName, int periodOverride) {
        return load(files, region, stackName, periodOverride, DuplicateKeys.warnTo(System.err::println));
    }

    /** The same, with the template's duplicate keys handled by {@code duplicates} ({@code --strict} refuses every one). */
    public static Preview load(Sources files, String region, String stackName, int periodOverride, DuplicateKeys duplicates) {
        Path serviceDir = files.dashboards().toAbsolutePath().normalize().getParent();
        String service = serviceDir.getFileName().toString();
        PseudoNames names = new PseudoNames(stackName == null ? service : stackName, region);
        Map<String, JsonNode> dashboards = dashboards(files.dashboards(), names);
        Path alarmsFile = Optional.ofNullable(files.alarms()).orElse(serviceDir.resolve("alarms.json"));
        JsonNode alarms = Files.isRegularFile(alarmsFile) ? json(alarmsFile, names) : JSON.createArrayNode();
        Path templateFile = Optional.ofNullable(files.template()).orElse(serviceDir.resolveSibling(service + ".template.json"));
        JsonNode template = Files.isRegularFile(templateFile) ? duplicates.read(templateFile).root()
                : MissingNode.getInstance();
        List<JsonNode> logLines = files.logs() == null ? List.of() : LocalRunFiles.logLines(files.logs());
        LocalMetrics metrics = new LocalMetrics();
        List<JsonNode> emfLines = files.emf() == null ? List.of()
                : files.emf().equals(files.logs()) ? logLines : LocalRunFiles.logLines(files.emf());
        emfLines.stream().filter(EmfReader::isEmf).forEach(line -> EmfReader.add(line, metrics));
        List<Invocation> invocations = files.invocations() == null ? List.of()
                : LocalRunFiles.invocations(files.invocations(), logLines);
        InvocationMetrics.derive(invocations, ApiRoutes.of(template, alarms), metrics);
        List<JsonNode> plainLogs = new ArrayList<>(logLines.stream().filter(l -> !EmfReader.isEmf(l)).toList());
        return new Preview(service, dashboards, alarms, metrics, LocalAlarms.evaluate(alarms, metrics), plainLogs, invocations.size(),
                region, periodOverride);
    }

    private static Map<String, JsonNode> dashboards(Path dir, PseudoNames names) {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(dir + ": no such directory (run generate first)");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.toString().endsWith(".json"))
                    .sorted(Comparator.comparing((Path p) -> !p.getFileName().toString().contains("summary")).thenComparing(p -> p))
                    .toList();
        } catch (IOException e) {
            throw new BadInputException(dir + ": cannot be listed (" + e.getMessage() + ")");
        }
        Map<String, JsonNode> bodies = new LinkedHashMap<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            bodies.put(name.substring(0, name.length() - ".json".length()), json(file, names));
        }
        return bodies;
    }

    private static JsonNode json(Path file, PseudoNames names) {
        try {
            return JSON.readTree(names.resolve(Files.readString(file)));
        } catch (IOException e) {
            throw new BadInputException(file + ": not valid JSON (" + e.getMessage() + ")");
        }
    }

    /** The stack's own pseudo parameters in generated names, as one deployment resolves them. */
    private record PseudoNames(String stackName, String region) {
        String resolve(String json) {
            return json.replace("${AWS::StackName}", stackName).replace("${AWS::Region}", region);
        }
    }
}
