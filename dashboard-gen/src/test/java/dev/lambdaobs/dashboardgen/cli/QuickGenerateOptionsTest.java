package dev.lambdaobs.dashboardgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * QuickGenerate knows every option of picocli's {@code generate} (its own annotations and the inherited
 * {@code --debug}) or leaves it to picocli on purpose, and sets each one it reads as picocli sets it.
 */
class QuickGenerateOptionsTest {
    /** Options whose command lines are picocli's to answer: its usage text and version. */
    private static final Set<String> LEFT_TO_PICOCLI = Set.of("-h", "--help", "-V", "--version");
    private static final String[] REQUIRED = {"generate", GenerateCommand.TEMPLATE, "a.yaml", GenerateCommand.OUT, "out"};

    private static CommandLine picocli(String... args) {
        CommandLine main = new CommandLine(new Main());
        Subcommands.addFor(main, args);
        return main;
    }

    private static List<OptionSpec> generateOptions() {
        return picocli("generate").getSubcommands().get("generate").getCommandSpec().options();
    }

    @Test
    void everyOptionOfPicocliGenerateIsReadOrLeftToPicocliOnPurpose() {
        Set<String> names = new HashSet<>();
        for (OptionSpec option : generateOptions()) {
            names.addAll(List.of(option.names()));
        }
        Set<String> known = new HashSet<>(QuickGenerate.FLAGS);
        known.addAll(QuickGenerate.VALUED);
        known.addAll(LEFT_TO_PICOCLI);
        assertThat(known).as("options QuickGenerate knows").containsExactlyInAnyOrderElementsOf(names);
        assertThat(names).contains(Main.DEBUG, GenerateCommand.STRICT);
    }

    @Test
    void eachOptionItReadsIsSetAsPicocliSetsIt() {
        for (String option : QuickGenerate.FLAGS) {
            assertSameAsPicocli(option);
        }
        for (String option : QuickGenerate.VALUED) {
            if (List.of(REQUIRED).contains(option)) {
                assertSameAsPicocli();
            } else {
                assertSameAsPicocli(option, option.equals(GenerateCommand.MODE) ? "standalone" : "value" + option);
            }
        }
        assertSameAsPicocli(GenerateCommand.TEMPLATE, "b.yaml", GenerateCommand.TEMPLATE, "c.yaml");
    }

    private static void assertSameAsPicocli(String... extra) {
        List<String> line = new ArrayList<>(List.of(REQUIRED));
        line.addAll(List.of(extra));
        String[] args = line.toArray(String[]::new);
        QuickGenerate.Read quick = QuickGenerate.read(args);
        assertThat(quick).as("QuickGenerate reads %s", line).isNotNull();
        CommandLine.ParseResult parsed = picocli(args).parseArgs(args);
        CommandSpec picocliSpec = parsed.subcommand().commandSpec();
        CommandSpec quickSpec = CommandSpec.forAnnotatedObject(quick.command());
        for (OptionSpec option : picocliSpec.options()) {
            OptionSpec read = quickSpec.findOption(option.longestName());
            if (read != null) {
                assertThat((Object) read.getValue()).as("%s after %s", option.longestName(), line).isEqualTo(option.getValue());
            }
        }
        assertThat(quick.debug()).as("--debug after %s", line).isEqualTo(parsed.subcommand().hasMatchedOption(Main.DEBUG));
    }
}
