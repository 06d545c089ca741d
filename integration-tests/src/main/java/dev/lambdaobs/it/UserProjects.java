package dev.lambdaobs.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes one Maven project per README pom and logging backend, for maven-invoker-plugin to build: the pom as the
 * README shows it (on Log4j2) or with the one change the README names for Logback, plus the sources of
 * {@code src/it/common} and {@code src/it/<form>}; and an aggregator pom over them with the invoker's
 * {@code verify.groovy}, so one Maven run builds all four (a run each costs twice the CPU, mostly Maven's start).
 *
 * <pre>{@code
 * UserProjects.main(new String[] {"README.md", "0.1.0-SNAPSHOT", "integration-tests/src/it", "target/it-projects"});
 * // target/it-projects/pom.xml, annotated-log4j/pom.xml, annotated-logback/, functional-log4j/, functional-logback/
 * }</pre>
 */
public final class UserProjects {
    static final String COMMON = "common";
    static final String LOG4J = "<artifactId>powertools-logging-log4j</artifactId>";
    static final String LOGBACK = "<artifactId>powertools-logging-logback</artifactId>";
    static final String VERIFY_SCRIPT = "verify.groovy";
    private static final Pattern FIRST_ARTIFACT_ID = Pattern.compile("<artifactId>([^<]+)</artifactId>");

    private UserProjects() {
    }

    /** Arguments: the README, the build's version, the templates directory, the output directory. */
    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: UserProjects README.md VERSION TEMPLATES_DIR OUT_DIR");
        }
        Path readme = Path.of(args[0]);
        Map<String, String> poms = ReadmePoms.extract(Files.readAllLines(readme), readme.toString());
        write(poms, args[1], Path.of(args[2]), Path.of(args[3]));
    }

    /** Replaces {@code out} with one project per pom and backend; every pom needs a template and vice versa. */
    static void write(Map<String, String> poms, String version, Path templates, Path out) throws IOException {
        TreeSet<String> forms = new TreeSet<>();
        try (Stream<Path> dirs = Files.list(templates)) {
            dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString())
                    .filter(name -> !name.equals(COMMON)).forEach(forms::add);
        }
        if (!forms.equals(new TreeSet<>(poms.keySet()))) {
            throw new IllegalArgumentException("the README's user poms " + poms.keySet()
                    + " and the projects in " + templates + " " + forms + " must be the same");
        }
        deleteTree(out);
        List<String> modules = new ArrayList<>();
        for (String form : forms) {
            String pom = poms.get(form);
            if (!pom.contains("<version>" + version + "</version>")) {
                throw new IllegalArgumentException("user-pom '" + form + "' does not name this build's version "
                        + version + " (the BOM's <version>)");
            }
            for (Map.Entry<String, String> backend : Map.of("log4j", pom, "logback", toLogback(form, pom)).entrySet()) {
                String name = form + "-" + backend.getKey();
                Path project = out.resolve(name);
                copyTree(templates.resolve(COMMON), project);
                copyTree(templates.resolve(form), project);
                Files.writeString(project.resolve("pom.xml"), renamed(backend.getValue(), name));
                modules.add(name);
                Path expected = project.resolve("src/test/resources/expected-backend.txt");
                Files.createDirectories(expected.getParent());
                Files.writeString(expected, backend.getKey());
            }
        }
        Files.writeString(out.resolve("pom.xml"), aggregator(modules));
        Files.copy(templates.resolve(VERIFY_SCRIPT), out.resolve(VERIFY_SCRIPT));
    }

    /** One reactor cannot hold four projects named alike: the project's own artifactId (its first) gets a suffix. */
    static String renamed(String pom, String suffix) {
        Matcher artifactId = FIRST_ARTIFACT_ID.matcher(pom);
        if (!artifactId.find()) {
            throw new IllegalArgumentException("a user pom without an artifactId");
        }
        return artifactId.replaceFirst("<artifactId>$1-" + suffix + "</artifactId>");
    }

    private static String aggregator(List<String> modules) {
        StringBuilder pom = new StringBuilder("""
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>dev.lambdaobs.it</groupId>
                  <artifactId>readme-user-projects</artifactId>
                  <version>1</version>
                  <packaging>pom</packaging>
                  <modules>
                """);
        modules.forEach(module -> pom.append("    <module>").append(module).append("</module>\n"));
        return pom.append("  </modules>\n</project>\n").toString();
    }

    /** The README's own instruction for Logback: the one Log4j2 backend dependency becomes the Logback one. */
    static String toLogback(String form, String pom) {
        int first = pom.indexOf(LOG4J);
        if (first < 0 || pom.indexOf(LOG4J, first + 1) >= 0) {
            throw new IllegalArgumentException("user-pom '" + form + "' must name " + LOG4J + " exactly once");
        }
        return pom.replace(LOG4J, LOGBACK);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> deepestFirst = files.sorted(Comparator.reverseOrder()).toList();
            for (Path file : deepestFirst) {
                Files.delete(file);
            }
        }
    }
}
