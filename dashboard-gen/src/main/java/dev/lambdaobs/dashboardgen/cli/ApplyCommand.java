package dev.lambdaobs.dashboardgen.cli;

import dev.lambdaobs.dashboardgen.apply.Applier;
import dev.lambdaobs.dashboardgen.apply.ApplyReport;
import dev.lambdaobs.dashboardgen.apply.DesiredState;
import dev.lambdaobs.dashboardgen.apply.Diff;
import dev.lambdaobs.dashboardgen.aws.AwsClients;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.sts.StsClient;

/** {@code apply}: puts the generated dashboards, alarms, composite alarms and queries with the AWS SDK. */
@Command(name = "apply", mixinStandardHelpOptions = true,
        description = {"Puts the dashboards, metric alarms, composite alarms (children first) and saved queries of a "
                + "template written by 'generate --mode standalone', for teams that do not deploy through CloudFormation.",
                "Idempotent: what already matches is left alone. --dry-run prints the diff against what exists."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success (or dry run)", "1:internal error", "2:bad input (file, merge-mode template, region, credentials)",
                "3:AWS refused a call, or one or more resources failed (each is listed)", "4:AWS could not be reached"})
final class ApplyCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private AwsOptionsMixin aws;

    @Option(names = "--template", required = true, paramLabel = "FILE",
            description = "DIR/<service>.template.json written by generate --mode standalone.")
    private Path template;

    @Option(names = "--dry-run", description = "Print what would change and change nothing.")
    private boolean dryRun;

    @Option(names = "--strict", description = StrictOption.DESCRIPTION)
    private boolean strict;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        AwsClients clients = new AwsClients(aws.toOptions());
        try (CloudWatchClient cloudWatch = clients.cloudWatch(); CloudWatchLogsClient logs = clients.logs();
             StsClient sts = clients.sts()) {
            Applier applier = new Applier(cloudWatch, logs);
            ApplyReport report = applier.apply(DesiredState.read(template, applier.pseudoParameters(sts),
                    StrictOption.duplicates(spec, strict)), dryRun);
            out.print(Diff.render(report.changes()));
            if (!dryRun) {
                out.print(report.renderOutcomes());
            }
            out.flush();
            return report.failed() ? Main.AWS_FAILED : Main.OK;
        }
    }
}
