package dev.lambdaobs.dashboardgen.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The usual {@code generate} command line, read without picocli: picocli 4.7's class files predate Java 6, so CDS
 * cannot archive them, and each run loaded and verified about 170 of its classes (0.2 s of CPU on a loaded machine,
 * issue 19). Only a plain {@code generate} followed by its own options, each at most once ({@code --template}
 * repeated), every value a separate argument not starting with {@code -} or {@code @}, is read here; anything else
 * (help, version, another command, {@code --opt=value}, argument files, a missing or repeated option, picocli
 * system properties) goes to picocli, so the usage text, messages and exit codes are picocli's as before. The option
 * names are {@link GenerateCommand}'s constants (and {@link Main#DEBUG}), the ones picocli's annotations name;
 * {@code QuickGenerateOptionsTest} fails for an option of picocli's {@code generate} not read here nor left to picocli.
 *
 * <pre>{@code
 * Optional<Integer> code = QuickGenerate.run("generate", "--template", "template.yaml", "--out", "build");
 * }</pre>
 */
final class QuickGenerate {
    /** The options without a value it reads. */
    static final Set<String> FLAGS = Set.of(GenerateCommand.ONE_SERVICE, GenerateCommand.FIX_TRACING, GenerateCommand.STRICT, Main.DEBUG);
    /** The options with a value it reads. */
    static final Set<String> VALUED = Set.of(GenerateCommand.TEMPLATE, GenerateCommand.CONFIG, GenerateCommand.SERVICE,
            GenerateCommand.MODE, GenerateCommand.OUT, GenerateCommand.ALARM_STYLE);

    /**
     * A command line read as picocli reads it.
     *
     * @param command the options set
     * @param debug   whether {@code --debug} was given
     */
    record Read(GenerateCommand command, boolean debug) {
    }

    private QuickGenerate() {
    }

    /** The exit code, or empty when picocli is to read the command line. */
    static Optional<Integer> run(String... args) {
        Read read = read(args);
        if (read == null) {
            return Optional.empty();
        }
        PrintWriter out = writer(System.out);
        PrintWriter err = writer(System.err);
        try {
            return Optional.of(read.command().generate(out, err));
        } catch (Exception e) {
            return Optional.of(FailureHandler.handle(e, err, read.debug()));
        }
    }

    /** The options as picocli would set them, or {@code null} when picocli is to read the command line. */
    static Read read(String... args) {
        if (args.length == 0 || !args[0].equals("generate") || picocliConfigured()) {
            return null;
        }
        GenerateCommand command = new GenerateCommand();
        command.templates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < args.length; i++) {
            String option = args[i];
            boolean repeatable = option.equals(GenerateCommand.TEMPLATE);
            if (!seen.add(option) && !repeatable) {
                return null;
            }
            if (FLAGS.contains(option)) {
                set(command, option, null);
                continue;
            }
            if (!VALUED.contains(option) || i + 1 == args.length || !plainValue(args[i + 1]) || !set(command, option, args[++i])) {
                return null;
            }
        }
        if (command.templates.isEmpty() || command.out == null) {
            return null;
        }
        return new Read(command, seen.contains(Main.DEBUG));
    }

    /** A value picocli takes as it is: not an option's look, an argument file or empty. */
    private static boolean plainValue(String value) {
        return !value.isEmpty() && !value.startsWith("-") && !value.startsWith("@");
    }

    /** Sets an option as picocli would; false for a value picocli would refuse (a path the file system cannot name). */
    private static boolean set(GenerateCommand command, String option, String value) {
        try {
            switch (option) {
                case GenerateCommand.TEMPLATE -> command.templates.add(Path.of(value));
                case GenerateCommand.CONFIG -> command.config = Path.of(value);
                case GenerateCommand.OUT -> command.out = Path.of(value);
                case GenerateCommand.SERVICE -> command.service = value;
                case GenerateCommand.MODE -> command.mode = value;
                case GenerateCommand.ALARM_STYLE -> command.alarmStyle = value;
                case GenerateCommand.ONE_SERVICE -> command.oneService = true;
                case GenerateCommand.FIX_TRACING -> command.fixTracing = true;
                case GenerateCommand.STRICT -> command.strict = true;
                case Main.DEBUG -> {
                    // not the command's: read from the arguments seen
                }
                default -> throw new IllegalArgumentException("QuickGenerate does not set " + option);
            }
            return true;
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** Tracing, quote trimming and the like change what picocli prints or reads: such runs are left to it. */
    private static boolean picocliConfigured() {
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith("picocli.")) {
                return true;
            }
        }
        return System.getProperty("sun.stdout.encoding") != null || System.getProperty("sun.stderr.encoding") != null;
    }

    /** The writer picocli makes for a stream when no console encoding is set: the default charset, buffered, autoflush. */
    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, Charset.defaultCharset())), true);
    }
}
