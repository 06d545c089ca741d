package dev.lambdaobs.dashboardgen.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * The subcommands of {@link Main}, added on demand: picocli reads a command's annotations when it is
 * added, about 0.1 s for all of them at start-up, so a run naming one subcommand gets only that one.
 * Anything else (no subcommand, {@code help}, {@code --help}, a misspelt name) gets all of them, in this
 * order, for the usage text and picocli's suggestions.
 *
 * <pre>{@code
 * CommandLine commandLine = new CommandLine(new Main());
 * Subcommands.addFor(commandLine, args);
 * }</pre>
 */
final class Subcommands {
    private static final String HELP = "help";
    /** By the name in each one's {@code @Command}. */
    private static final Map<String, Supplier<Object>> ALL = new LinkedHashMap<>();

    static {
        ALL.put("generate", GenerateCommand::new);
        ALL.put("apply", ApplyCommand::new);
        ALL.put("discover", DiscoverCommand::new);
        ALL.put("query", QueryCommand::new);
        ALL.put("tail", TailCommand::new);
        ALL.put("preview", PreviewCommand::new);
        ALL.put(HELP, CommandLine.HelpCommand::new);
    }

    private Subcommands() {
    }

    static void addFor(CommandLine commandLine, String... args) {
        String named = firstPositional(args);
        if (ALL.containsKey(named) && !named.equals(HELP)) {
            commandLine.addSubcommand(ALL.get(named).get());
        } else {
            ALL.values().forEach(command -> commandLine.addSubcommand(command.get()));
        }
    }

    /** Main's own options take no value, so the first argument that is not an option names the subcommand. */
    private static String firstPositional(String... args) {
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                return arg;
            }
        }
        return "";
    }
}
