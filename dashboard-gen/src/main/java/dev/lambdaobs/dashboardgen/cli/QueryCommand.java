package dev.lambdaobs.dashboardgen.cli;

import dev.lambdaobs.dashboardgen.aws.AwsClients;
import dev.lambdaobs.dashboardgen.input.BadInputException;
import dev.lambdaobs.dashboardgen.insights.QueryResult;
import dev.lambdaobs.dashboardgen.insights.QueryRun;
import dev.lambdaobs.dashboardgen.insights.QueryRunner;
import dev.lambdaobs.dashboardgen.insights.ResultTable;
import dev.lambdaobs.dashboardgen.insights.SavedQueries;
import dev.lambdaobs.dashboardgen.insights.StoryQuery;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;

/** {@code query}: runs a Logs Insights query over the service's log groups and prints the rows. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a saved query, a given query, or an on-call shortcut that shows one request's whole story "
                + "across functions, over the service's log groups, and prints a table (or JSON)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:query complete", "1:internal error", "2:bad input (options, template)",
                "3:AWS refused the call, or the query failed, was cancelled or timed out", "4:AWS could not be reached"})
final class QueryCommand implements Callable<Integer> {
    /** How often progress is polled; Logs Insights queries take seconds. */
    private static final Duration POLL_INTERVAL = Duration.ofSeconds(1);

    @Spec
    private CommandSpec spec;

    @Mixin
    private AwsOptionsMixin aws;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private What what;

    static final class What {
        @Option(names = "--saved", paramLabel = "NAME", description = "A saved query of the template, e.g. errors or orders/errors.")
        String saved;
        @Option(names = "--query", paramLabel = "QUERY", description = "A Logs Insights query string.")
        String query;
        @Option(names = "--request-id", paramLabel = "ID", description = "Every line of one invocation (function_request_id).")
        String requestId;
        @Option(names = "--correlation-id", paramLabel = "ID", description = "Every line of one business request (correlation_id).")
        String correlationId;
        @Option(names = "--trace-id", paramLabel = "ID", description = "Every line of one X-Ray trace (xray_trace_id).")
        String traceId;
    }

    @Option(names = "--template", paramLabel = "FILE", description = "The generated DIR/<service>.template.json: its saved "
            + "queries, and the log groups they read (used when no --log-group is given).")
    private Path template;

    @Option(names = "--strict", description = StrictOption.DESCRIPTION)
    private boolean strict;

    @Option(names = "--log-group", paramLabel = "NAME", description = "A log group to query (repeat).")
    private List<String> logGroups;

    @Option(names = "--since", paramLabel = "DURATION", defaultValue = "1h",
            description = "How far back, e.g. 15m, 3h, 2d (default: ${DEFAULT-VALUE}); ignored with --start.")
    private String since;

    @Option(names = "--start", paramLabel = "INSTANT", description = "Start, ISO-8601, e.g. 2026-11-21T10:00:00Z.")
    private String start;

    @Option(names = "--end", paramLabel = "INSTANT", description = "End, ISO-8601 (default: now).")
    private String end;

    @Option(names = "--json", description = "Print the rows as JSON.")
    private boolean json;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SavedQueries saved = SavedQueries.readIfGiven(template, StrictOption.duplicates(spec, strict));
        Instant to = end == null ? Instant.now() : instant("--end", end);
        Instant from = start == null ? to.minus(duration(since)) : instant("--start", start);
        QueryRun run = run(saved, from, to);
        try (CloudWatchLogsClient logs = new AwsClients(aws.toOptions()).logs()) {
            QueryResult result = new QueryRunner(logs, POLL_INTERVAL, line -> {
                err.println(line);
                err.flush();
            }).run(run);
            out.print(json ? ResultTable.json(result.rows()) : ResultTable.text(result.rows()));
            out.flush();
            return result.status().equals("Complete") ? Main.OK : Main.AWS_FAILED;
        }
    }

    private QueryRun run(SavedQueries saved, Instant from, Instant to) {
        if (what.saved != null) {
            SavedQueries.Saved query = saved.find(what.saved).orElseThrow(() -> new BadInputException(
                    "--saved " + what.saved + ": no such saved query" + (template == null ? " (give --template)" : " in " + template
                            + "; it has " + saved.queries().stream().map(SavedQueries.Saved::name).toList())));
            String text = query.queryString().orElseThrow(() -> new BadInputException("--saved " + what.saved + ": its "
                    + query.language() + " text names log groups through CloudFormation values that only a deploy resolves;"
                    + " run it from the console, or generate with --mode standalone"));
            if (query.language().namesLogGroupsInQuery()) {
                return new QueryRun(text, List.of(), from, to, query.language());
            }
            return new QueryRun(text, saved.logGroupsOr(logGroups), from, to, query.language());
        }
        return new QueryRun(queryString(), saved.logGroupsOr(logGroups), from, to);
    }

    private String queryString() {
        if (what.query != null) {
            return what.query;
        }
        if (what.requestId != null) {
            return StoryQuery.BY_REQUEST_ID.query(what.requestId);
        }
        if (what.correlationId != null) {
            return StoryQuery.BY_CORRELATION_ID.query(what.correlationId);
        }
        return StoryQuery.BY_TRACE_ID.query(what.traceId);
    }

    static Duration duration(String text) {
        return duration("--since", text);
    }

    /** A duration such as 30s, 15m, 3h or 2d given to {@code option}. */
    static Duration duration(String option, String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        try {
            long amount = Long.parseLong(value.substring(0, value.length() - 1));
            return switch (value.charAt(value.length() - 1)) {
                case 's' -> Duration.ofSeconds(amount);
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                case 'd' -> Duration.ofDays(amount);
                default -> throw new NumberFormatException();
            };
        } catch (RuntimeException e) {
            throw new BadInputException(option + " " + text + ": expected a number followed by s, m, h or d, e.g. 30m");
        }
    }

    private static Instant instant(String option, String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadInputException(option + " " + text + ": expected an ISO-8601 instant such as 2026-11-21T10:00:00Z");
        }
    }
}
