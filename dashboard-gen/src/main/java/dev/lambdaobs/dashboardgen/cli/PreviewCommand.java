package dev.lambdaobs.dashboardgen.cli;

import dev.lambdaobs.dashboardgen.input.BadInputException;
import dev.lambdaobs.dashboardgen.preview.Preview;
import dev.lambdaobs.dashboardgen.preview.PreviewInputs;
import dev.lambdaobs.dashboardgen.preview.render.PreviewPage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code preview}: the generated dashboards as one static HTML page, with a local run's data, before they exist. */
@Command(name = "preview", mixinStandardHelpOptions = true,
        description = {"Renders DIR/<service>/dashboards/*.json as a static HTML page on CloudWatch's 24-column grid: "
                + "each graph drawn from local data (EMF documents, and Lambda and API Gateway metrics derived from a local "
                + "run's invocations), every alarm with the state it would reach on that data, text widgets as markdown, "
                + "log widgets with their query and the local log lines it matches. No script, no network."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error", "2:bad input (missing directory or file, unreadable line)"})
final class PreviewCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--dashboards", required = true, paramLabel = "DIR",
            description = "The dashboards directory generate wrote: OUT/<service>/dashboards.")
    private Path dashboards;

    @Option(names = "--emf", paramLabel = "FILE", description = "Log lines (JSON per line) whose EMF documents to plot.")
    private Path emf;

    @Option(names = "--invocations", paramLabel = "FILE",
            description = "A local run's invocations.jsonl: Lambda and API Gateway metrics are derived from it.")
    private Path invocations;

    @Option(names = "--logs", paramLabel = "FILE",
            description = "A local run's log lines (logs.jsonl): shown under the log widgets whose filters they match.")
    private Path logs;

    @Option(names = "--alarms", paramLabel = "FILE", description = "The alarms to evaluate (default: DIR/../alarms.json).")
    private Path alarms;

    @Option(names = "--template", paramLabel = "FILE",
            description = "The template whose API events map functions to APIs (default: DIR/../../<service>.template.json).")
    private Path template;

    @Option(names = "--region", paramLabel = "REGION", defaultValue = "us-east-1",
            description = "The Region console links point to (default: ${DEFAULT-VALUE}).")
    private String region;

    @Option(names = "--stack-name", paramLabel = "NAME",
            description = "The stack name that merge mode's alarm and dashboard names ($${AWS::StackName}) are shown with"
                    + " (default: the service's name).")
    private String stackName;

    @Option(names = "--period", paramLabel = "SECONDS", defaultValue = "0",
            description = "Draw every graph with this period, like the console's period override (default: each widget's own).")
    private int period;

    @Option(names = "--html", paramLabel = "FILE", description = "Where to write the page (default: DIR/../preview.html).")
    private Path html;

    @Option(names = "--strict", description = StrictOption.DESCRIPTION)
    private boolean strict;

    @Override
    public Integer call() throws IOException {
        if (period < 0) {
            throw new BadInputException("--period " + period + ": expected a number of seconds, 1 or more");
        }
        Preview preview = PreviewInputs.load(new PreviewInputs.Sources(dashboards, alarms, template, emf, invocations, logs),
                region, stackName, period, StrictOption.duplicates(spec, strict));
        Path target = html != null ? html : dashboards.resolveSibling("preview.html");
        write(target, PreviewPage.render(preview));
        long alarmsInAlarm = preview.verdicts().all().stream().filter(v -> "ALARM".equals(v.shownState())).count();
        spec.commandLine().getOut().printf("%d dashboard(s), %d local series, %d alarm(s) evaluated (%d in ALARM): %s%n",
                preview.dashboards().size(), preview.metrics().all().size(), preview.verdicts().all().size(), alarmsInAlarm,
                target);
        spec.commandLine().getOut().flush();
        return Main.OK;
    }

    /**
     * Writes through a temporary file, so a failed write leaves no page that looks complete. The file is
     * created as any other output is (the umask's permissions), not as a private temporary file (0600),
     * so a page shared from CI or a team folder opens for others too.
     */
    private static void write(Path target, String page) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temporary = absolute.resolveSibling("." + absolute.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + System.nanoTime() + ".tmp");
        try {
            Files.writeString(temporary, page, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
