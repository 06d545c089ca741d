package dev.lambdaobs.dashboardgen.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdaobs.dashboardgen.input.BadInputException;
import dev.lambdaobs.dashboardgen.preview.EmfSamples;
import dev.lambdaobs.dashboardgen.preview.PreviewPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code preview}: the generated dashboards as one static HTML page, before they exist. */
@Command(name = "preview", mixinStandardHelpOptions = true,
        description = {"Renders DIR/<service>/dashboards/*.json as a static HTML page on CloudWatch's 24-column grid: "
                + "titles, each graph's metrics with threshold lines, alarm lists, log queries. With --emf, plots the "
                + "values of local EMF log lines (e.g. build/example-run/logs.jsonl)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error", "2:bad input (missing directory or file)"})
final class PreviewCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--dashboards", required = true, paramLabel = "DIR",
            description = "The dashboards directory generate wrote: OUT/<service>/dashboards.")
    private Path dashboards;

    @Option(names = "--emf", paramLabel = "FILE", description = "Log lines (JSON per line) whose EMF documents to plot.")
    private Path emf;

    @Option(names = "--html", paramLabel = "FILE", description = "Where to write the page (default: DIR/../preview.html).")
    private Path html;

    @Override
    public Integer call() throws IOException {
        Map<String, JsonNode> bodies = read(dashboards);
        EmfSamples samples = emf == null ? EmfSamples.none() : EmfSamples.read(emf);
        String service = dashboards.toAbsolutePath().normalize().getParent().getFileName().toString();
        Path target = html != null ? html : dashboards.resolveSibling("preview.html");
        Files.writeString(target, PreviewPage.render(service, bodies, samples));
        spec.commandLine().getOut().printf("%d dashboard(s), %d EMF series plotted: %s%n", bodies.size(),
                samples.seriesCount(), target);
        spec.commandLine().getOut().flush();
        return Main.OK;
    }

    private static Map<String, JsonNode> read(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(dir + ": no such directory (run generate first)");
        }
        Map<String, JsonNode> bodies = new LinkedHashMap<>();
        ObjectMapper json = new ObjectMapper();
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            bodies.put(name.substring(0, name.length() - ".json".length()), json.readTree(file.toFile()));
        }
        return bodies;
    }
}
