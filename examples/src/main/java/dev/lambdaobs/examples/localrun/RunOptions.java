package dev.lambdaobs.examples.localrun;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where a local run finds its inputs and writes its outputs; every path derives from the repository
 * root ({@code --root}, default the working directory) unless {@code --out} overrides the output.
 *
 * @param root the repository root
 * @param out where the run writes, default {@code build/example-run}
 */
record RunOptions(Path root, Path out) {
    static final String USAGE = "usage: LocalRun [--root REPOSITORY_ROOT] [--out DIRECTORY]";

    static RunOptions parse(String... args) {
        Path root = Path.of("");
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--root" -> root = Path.of(required(args[i], value));
                case "--out" -> out = Path.of(required(args[i], value));
                default -> throw new IllegalArgumentException("unknown argument " + args[i] + "\n" + USAGE);
            }
            i++;
        }
        return new RunOptions(root, out == null ? root.resolve("build/example-run") : out);
    }

    Path examples() {
        return root.resolve("examples");
    }

    Path template() {
        return examples().resolve("template.yaml");
    }

    Path events() {
        return examples().resolve("events");
    }

    Path taskRoot() {
        return examples().resolve("target/lambda-task");
    }

    Path runtimeDir() {
        return examples().resolve("target/lambda-runtime");
    }

    Path dashboardGenJar() {
        return root.resolve("dashboard-gen/target/dashboard-gen.jar");
    }

    /** The runtime client's jars, sorted for a stable class path. */
    List<Path> runtimeClasspath() throws java.io.IOException {
        try (Stream<Path> jars = Files.list(runtimeDir())) {
            return jars.filter(p -> p.toString().endsWith(".jar")).map(p -> p.toAbsolutePath().normalize()).sorted().toList();
        }
    }

    /** What is missing for a run, each with how to get it; empty when all is there. */
    List<String> missing() {
        List<String> missing = new ArrayList<>();
        String build = " (build it: ./mvnw -q -pl examples -am package -DskipTests)";
        if (!Files.isRegularFile(template())) {
            missing.add("the example template " + template());
        }
        if (!ExampleEvents.exists(events())) {
            missing.add("the example events in " + events());
        }
        if (!Files.isDirectory(taskRoot().resolve("lib"))) {
            missing.add("the deployment package " + taskRoot() + build);
        }
        if (!Files.isDirectory(runtimeDir())) {
            missing.add("the runtime interface client jars in " + runtimeDir() + build);
        }
        return missing;
    }

    private static String required(String flag, String value) {
        if (value == null || value.startsWith("--")) {
            throw new IllegalArgumentException(flag + " needs a value\n" + USAGE);
        }
        return value;
    }
}
