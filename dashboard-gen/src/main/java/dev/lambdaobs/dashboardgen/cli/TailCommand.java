package dev.lambdaobs.dashboardgen.cli;

import dev.lambdaobs.dashboardgen.aws.AwsClients;
import dev.lambdaobs.dashboardgen.input.BadInputException;
import dev.lambdaobs.dashboardgen.insights.SavedQueries;
import dev.lambdaobs.dashboardgen.tail.LiveTail;
import dev.lambdaobs.dashboardgen.tail.LogGroupArns;
import dev.lambdaobs.dashboardgen.tail.TailFilter;
import dev.lambdaobs.dashboardgen.tail.TailLine;
import dev.lambdaobs.dashboardgen.tail.TailRun;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsAsyncClient;
import software.amazon.awssdk.services.sts.StsClient;

/** {@code tail}: streams the service's log lines as they arrive (CloudWatch Logs Live Tail), one readable line each. */
@Command(name = "tail", mixinStandardHelpOptions = true,
        description = {"Streams the service's log groups through CloudWatch Logs Live Tail and prints each log line as it "
                + "arrives: time, level, function, request id, message, error type (or the raw events as JSON). Ends on "
                + "Ctrl-C, SIGTERM, --max-events or --duration."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ended (--max-events, --duration); Ctrl-C / SIGTERM end it with 130 / 143", "1:internal error",
                "2:bad input (options, template)", "3:AWS refused or failed the call", "4:AWS could not be reached"})
final class TailCommand implements Callable<Integer> {
    /** How long a Ctrl-C waits for the sessions to close before the JVM exits anyway. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);

    @Spec
    private CommandSpec spec;

    @Mixin
    private AwsOptionsMixin aws;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    private Which which;

    static final class Which {
        @Option(names = "--request-id", paramLabel = "ID", description = "Only the lines of one invocation (function_request_id).")
        String requestId;
        @Option(names = "--correlation-id", paramLabel = "ID", description = "Only the lines of one business request (correlation_id).")
        String correlationId;
        @Option(names = "--trace-id", paramLabel = "ID", description = "Only the lines of one X-Ray trace (xray_trace_id).")
        String traceId;
    }

    @Option(names = "--template", paramLabel = "FILE", description = "The generated DIR/<service>.template.json: the log "
            + "groups its saved queries read (used when no --log-group is given).")
    private Path template;

    @Option(names = "--strict", description = StrictOption.DESCRIPTION)
    private boolean strict;

    @Option(names = "--log-group", paramLabel = "NAME|ARN", description = "A log group to tail (repeat).")
    private List<String> logGroups;

    @Option(names = "--level", paramLabel = "LEVEL", description = "Only lines at this level or more severe: TRACE, DEBUG, "
            + "INFO, WARN, ERROR, FATAL.")
    private String level;

    @Option(names = "--max-events", paramLabel = "N", description = "End after N events.")
    private Long maxEvents;

    @Option(names = "--duration", paramLabel = "DURATION", description = "End after this long, e.g. 30s, 15m, 2h.")
    private String duration;

    @Option(names = "--json", description = "Print each event as Live Tail sent it, one JSON object a line.")
    private boolean json;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CountDownLatch finished = new CountDownLatch(1);
        try {
            List<String> groups = SavedQueries.readIfGiven(template, StrictOption.duplicates(spec, strict)).logGroupsOr(logGroups);
            Optional<String> pattern = filter().pattern();
            OptionalLong limit = maxEvents();
            Optional<Duration> until = Optional.ofNullable(duration).map(TailCommand::positiveDuration);
            AwsClients clients = new AwsClients(aws.toOptions());
            CloudWatchLogsAsyncClient logs = clients.logsAsync();
            try {
                Region region = logs.serviceClientConfiguration().region();
                TailRun run = new TailRun(LogGroupArns.sessions(groups, region, account(clients, groups)), pattern, limit, until);
                LiveTail tail = new LiveTail(logs, event -> {
                    out.println(json ? TailLine.json(event) : TailLine.text(event));
                    out.flush();
                }, line -> {
                    err.println(line);
                    err.flush();
                });
                Thread onSignal = new Thread(() -> {
                    tail.stop();
                    awaitQuietly(finished);
                }, "dashboard-gen-tail-stop");
                Runtime.getRuntime().addShutdownHook(onSignal);
                try {
                    LiveTail.Ending ending = tail.run(run);
                    err.println(tail.events() + " event(s); " + ending.name().toLowerCase(Locale.ROOT).replace('_', ' '));
                    err.flush();
                    return Main.OK;
                } finally {
                    removeHook(onSignal);
                }
            } finally {
                closeInBackground(logs);
            }
        } catch (RuntimeException e) {
            return TailFailures.report(e, err);
        } finally {
            finished.countDown();
        }
    }

    private TailFilter filter() {
        TailFilter filter = which == null ? TailFilter.all()
                : which.requestId != null ? TailFilter.byRequestId(which.requestId)
                : which.correlationId != null ? TailFilter.byCorrelationId(which.correlationId)
                : TailFilter.byTraceId(which.traceId);
        return level == null ? filter : filter.atLeast(level);
    }

    private OptionalLong maxEvents() {
        if (maxEvents == null) {
            return OptionalLong.empty();
        }
        if (maxEvents < 1) {
            throw new BadInputException("--max-events " + maxEvents + ": expected 1 or more");
        }
        return OptionalLong.of(maxEvents);
    }

    private static Duration positiveDuration(String text) {
        Duration parsed = QueryCommand.duration("--duration", text);
        if (parsed.isNegative() || parsed.isZero()) {
            throw new BadInputException("--duration " + text + ": expected more than zero");
        }
        return parsed;
    }

    /** The caller's account, which the ARNs of log groups given by name need. */
    private static String account(AwsClients clients, List<String> groups) {
        if (groups.stream().allMatch(group -> group.startsWith("arn:"))) {
            return "";
        }
        try (StsClient sts = clients.sts()) {
            return sts.getCallerIdentity().account();
        }
    }

    /**
     * The tail has closed its sessions already; closing the client waits out Netty's two-second quiet
     * period, which a command that is done (or was told to stop) need not wait for.
     */
    private static void closeInBackground(CloudWatchLogsAsyncClient logs) {
        Thread closer = new Thread(logs::close, "dashboard-gen-tail-close");
        closer.setDaemon(true);
        closer.start();
    }

    private static void awaitQuietly(CountDownLatch finished) {
        try {
            finished.await(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl-C or SIGTERM: the hook is running and waits for this command to finish.
        }
    }
}
