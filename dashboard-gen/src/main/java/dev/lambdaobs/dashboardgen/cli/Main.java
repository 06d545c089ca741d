package dev.lambdaobs.dashboardgen.cli;

import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

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
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error (a bug: please report it with the --debug output)",
                "2:bad input or usage (template, config, file, option, missing region, credentials or profile)",
                "3:AWS refused or failed a call (permissions, throttling, service error, failed resources)",
                "4:AWS could not be reached (network, endpoint, timeout)"})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;
    public static final int AWS_FAILED = 3;
    public static final int AWS_UNREACHABLE = 4;
    /** The option every command inherits; QuickGenerate reads it too. */
    static final String DEBUG = "--debug";

    @Option(names = DEBUG, scope = ScopeType.INHERIT, description = "On failure, print the stack trace too.")
    private boolean debug;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command and returns the exit code (tests call this). */
    public static int run(String... args) {
        Optional<Integer> quick = QuickGenerate.run(args);
        return quick.isPresent() ? quick.get() : picocli(args);
    }

    /** Runs the command line through picocli (every one QuickGenerate does not take; tests compare the two). */
    public static int picocli(String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        Subcommands.addFor(commandLine, args);
        commandLine.setExecutionExceptionHandler(new FailureHandler());
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
