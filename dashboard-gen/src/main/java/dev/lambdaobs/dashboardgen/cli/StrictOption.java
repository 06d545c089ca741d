package dev.lambdaobs.dashboardgen.cli;

import dev.lambdaobs.dashboardgen.template.DuplicateKeys;
import java.io.PrintWriter;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;

/** The {@code --strict} option of every command that reads a template, and where their warnings go. */
final class StrictOption {
    static final String DESCRIPTION = "Refuse (exit 2) every key given twice in a template. Without it, only a duplicate that "
            + "hides a section, resource, resource attribute, condition, parameter or Globals section is refused; one deeper "
            + "down is a warning and the last value is used, as CloudFormation deploys it.";

    private StrictOption() {
    }

    /** Warnings on the command's standard error, one whole line each. */
    static Consumer<String> warnings(CommandSpec spec) {
        return warnings(spec.commandLine().getErr());
    }

    /** Warnings on {@code err}, one whole line each. */
    static Consumer<String> warnings(PrintWriter err) {
        return line -> {
            err.println(line);
            err.flush();
        };
    }

    /** The duplicate-key policy for {@code strict}, warning on the command's standard error. */
    static DuplicateKeys duplicates(CommandSpec spec, boolean strict) {
        return new DuplicateKeys(strict, warnings(spec));
    }
}
