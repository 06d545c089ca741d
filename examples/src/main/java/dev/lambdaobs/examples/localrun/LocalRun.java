package dev.lambdaobs.examples.localrun;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The example's local run: every function of {@code examples/template.yaml} in its own JVM under
 * the real AWS Lambda runtime interface client, fed by a loopback Runtime API, with an X-Ray daemon
 * stand-in and an AWS stand-in (DynamoDB, SQS) on 127.0.0.1; then dashboard-gen on the template.
 *
 * <pre>{@code
 * examples/run-local.sh                       # builds, then runs this
 * java -cp ... dev.lambdaobs.examples.localrun.LocalRun --root . --out build/example-run
 * }</pre>
 *
 * Exit code 0 when every function started and answered and dashboard-gen succeeded, 1 otherwise,
 * 2 on bad arguments or missing inputs.
 */
public final class LocalRun {
    /** How long to wait for straggling UDP datagrams after the last invocation. */
    private static final long DATAGRAMS_QUIET_MILLIS = 300;
    /** The dashboards' preview, in the observability directory. */
    static final String PREVIEW = "preview.html";

    private LocalRun() {
    }

    public static void main(String[] args) throws Exception {
        RunOptions options;
        try {
            options = RunOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        List<String> missing = options.missing();
        if (!missing.isEmpty()) {
            System.err.println("local run: missing " + String.join("\nlocal run: missing ", missing));
            System.exit(2);
            return;
        }
        System.exit(run(options) ? 0 : 1);
    }

    /** Runs the scenario and dashboard-gen, prints the summary; true when everything ran. */
    static boolean run(RunOptions options) throws Exception {
        Path out = options.out();
        ScenarioRun played = play(options.runtimeClasspath(), options.taskRoot().toAbsolutePath(), options.events(), out);
        System.out.println("local run: generating alarms, dashboards and queries with dashboard-gen ...");
        DashboardGenRunner dashboardGen = new DashboardGenRunner(options.dashboardGenJar());
        DashboardGenRunner.Result generated = dashboardGen.generate(options.template(), out.resolve(RunFiles.OBSERVABILITY));
        System.out.print(RunSummary.format(played.records(), RunFacts.read(out), played.awsCalls(), generated, out));
        boolean allAnswered = played.records().stream().allMatch(r -> r.outcome().succeeded()
                || r.outcome().kind() == InvocationOutcome.Kind.FUNCTION_ERROR);
        return allAnswered && generated.succeeded() && preview(dashboardGen, out);
    }

    /** The dashboards with this run's data: observability/preview.html; prints its path. */
    private static boolean preview(DashboardGenRunner dashboardGen, Path out) throws Exception {
        Path observability = out.resolve(RunFiles.OBSERVABILITY);
        Path html = observability.resolve(PREVIEW);
        DashboardGenRunner.Result previewed = dashboardGen.preview(observability.resolve(ExampleFunctions.SERVICE).resolve("dashboards"),
                out.resolve(RunFiles.LOGS), out.resolve(RunFiles.INVOCATIONS), html);
        System.out.println(previewed.succeeded() ? "  preview                                          " + html.toAbsolutePath()
                : "local run: dashboard-gen preview failed: " + previewed.output().trim());
        return previewed.succeeded();
    }

    /**
     * Plays the scenario: every function under the runtime client against the loopback stand-ins, its
     * output written into {@code out} ({@link RunFiles}).
     */
    static ScenarioRun play(List<Path> runtimeClasspath, Path taskRoot, Path events, Path out) throws Exception {
        SqsStandIn queue = new SqsStandIn();
        DynamoDbStandIn tables = new DynamoDbStandIn(Map.of(ExampleFunctions.ORDERS_TABLE, ExampleFunctions.ORDERS_TABLE_HASH_KEY));
        try (RunFiles files = RunFiles.create(out);
             XRayDaemonListener xray = XRayDaemonListener.start(files::datagram);
             AwsStandIn aws = AwsStandIn.start(Map.of(DynamoDbStandIn.TARGET_PREFIX, tables, SqsStandIn.TARGET_PREFIX, queue))) {
            LaunchSettings settings = new LaunchSettings(runtimeClasspath, taskRoot, xray.address(), aws.endpoint(),
                    ExampleFunctions.REGION, ExampleFunctions.ACCOUNT);
            ExampleScenario scenario = new ExampleScenario(new ExampleEvents(events), queue);
            System.out.println("local run: starting " + ExampleFunctions.all().size() + " functions under the Lambda runtime interface client ...");
            List<InvocationRecord> records = scenario.run((function, payloads) -> invokeAll(function, payloads, settings, files));
            files.awaitDatagramsQuiet(DATAGRAMS_QUIET_MILLIS, 5_000);
            return new ScenarioRun(records, aws.calls(), aws.tracedCalls());
        }
    }

    /** One fresh environment of {@code function} for all {@code payloads}, one after another. */
    static List<InvocationRecord> invokeAll(LocalFunction function, List<String> payloads, LaunchSettings settings, RunFiles files)
            throws Exception {
        List<InvocationRecord> records = new ArrayList<>();
        try (LocalLambda lambda = LocalLambda.start(function, settings, files::stdout,
                line -> files.stderr(function.functionName(), line))) {
            for (String payload : payloads) {
                InvocationRecord record = lambda.invoke(payload);
                files.invocation(record);
                records.add(record);
            }
        }
        return records;
    }
}
