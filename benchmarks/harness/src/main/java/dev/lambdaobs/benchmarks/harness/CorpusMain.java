package dev.lambdaobs.benchmarks.harness;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs {@code dashboard-gen generate} on every template of a directory, one after the other in this one JVM
 * (through the CLI's {@code static int run(String...)}, found by reflection so the harness stays JDK-only),
 * and prints how many were accepted and which were rejected.
 *
 * <p>Example: {@code java -cp harness.jar:dashboard-gen.jar ...CorpusMain dev.lambdaobs.dashboardgen.cli.Main corpus out}
 */
public final class CorpusMain {
    private CorpusMain() {
    }

    public static void main(String[] args) throws Exception {
        Method run = Class.forName(args[0]).getMethod("run", String[].class);
        Path out = Path.of(args[2]);
        List<String> rejected = new ArrayList<>();
        int accepted = 0;
        for (Path template : templates(Path.of(args[1]))) {
            String name = template.getFileName().toString();
            String[] cliArgs = {"generate", "--template", template.toString(), "--out", out.resolve(name).toString()};
            int exit = (Integer) run.invoke(null, (Object) cliArgs);
            if (exit == 0) {
                accepted++;
            } else {
                rejected.add(name + " (exit " + exit + ")");
            }
        }
        System.err.println("BENCH corpus accepted=" + accepted + " rejected=" + rejected.size() + " " + rejected);
    }

    static List<Path> templates(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().matches(".*\\.(ya?ml|json)$"))
                    .sorted().toList();
        }
    }
}
