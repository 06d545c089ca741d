package dev.lambdaobs.dashboardgen.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code dashboard-gen} command line.
 *
 * <pre>{@code
 * java -jar dashboard-gen.jar generate --template template.yaml --config monitoring.yaml --out build/monitoring
 * }</pre>
 */
@Command(name = "dashboard-gen", mixinStandardHelpOptions = true, version = "dashboard-gen 0.1.0",
        description = "Generates CloudWatch alarms, an aggregate composite alarm, dashboards and saved Logs Insights "
                + "queries from SAM/CloudFormation templates.",
        subcommands = {GenerateCommand.class, ApplyCommand.class, DiscoverCommand.class, QueryCommand.class, TailCommand.class,
                PreviewCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error", "2:bad input (template, tag, config, file) or usage"})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command and returns the exit code (tests call this). */
    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            cmd.getErr().println("dashboard-gen: internal error: " + exception);
            exception.printStackTrace(cmd.getErr());
            return INTERNAL_ERROR;
        });
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
