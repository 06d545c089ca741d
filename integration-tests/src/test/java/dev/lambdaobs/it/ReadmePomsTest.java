package dev.lambdaobs.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadmePomsTest {
    private static final Path ROOT_README = Path.of("..", "README.md");

    @Test
    void theRootReadmeShowsACompletePomForEachForm() throws IOException {
        Map<String, String> poms = ReadmePoms.extract(Files.readAllLines(ROOT_README), "README.md");

        assertThat(poms).containsOnlyKeys("functional", "annotated");
        assertThat(poms.values()).allSatisfy(pom -> assertThat(pom)
                .startsWith("<project ").endsWith("</project>\n").contains(UserProjects.LOG4J));
        assertThat(poms.get("annotated")).contains("aspectj-maven-plugin", "<artifactId>aspectjrt</artifactId>");
        assertThat(poms.get("functional")).doesNotContain("aspectj");
    }

    @Test
    void aMarkerWithoutAFenceRightAfterItNamesTheLine() {
        List<String> lines = List.of("text", "<!-- user-pom: lost -->", "", "```xml", "<project/>", "```");

        assertThatThrownBy(() -> ReadmePoms.extract(lines, "R.md"))
                .hasMessage("R.md:2: user-pom 'lost' must be followed by a ```xml fence on the next line");
    }

    @Test
    void anUnclosedFenceOrATwiceUsedNameIsReported() {
        assertThatThrownBy(() -> ReadmePoms.extract(List.of("<!-- user-pom: a -->", "```xml", "<project>"), "R.md"))
                .hasMessage("R.md:2: the fence of user-pom 'a' is not closed");
        List<String> twice = List.of("<!-- user-pom: a -->", "```xml", "<p/>", "```", "<!-- user-pom: a -->", "```xml",
                "<p/>", "```");
        assertThatThrownBy(() -> ReadmePoms.extract(twice, "R.md")).hasMessage("R.md:5: user-pom 'a' shown twice");
    }

    @Test
    void eachFormIsWrittenOnceForEachBackend(@TempDir Path dir) throws IOException {
        Path templates = dir.resolve("it");
        Files.createDirectories(templates.resolve("common/src"));
        Files.writeString(templates.resolve("common/src/T.java"), "class T {}");
        Files.createDirectories(templates.resolve("functional"));
        Files.writeString(templates.resolve(UserProjects.VERIFY_SCRIPT), "true");
        String pom = "<project><artifactId>orders</artifactId><version>9.9</version>" + UserProjects.LOG4J
                + "</project>\n";

        UserProjects.write(Map.of("functional", pom), "9.9", templates, dir.resolve("out"));

        assertThat(dir.resolve("out/functional-log4j/pom.xml"))
                .hasContent(pom.replace(">orders<", ">orders-functional-log4j<"));
        assertThat(dir.resolve("out/functional-logback/pom.xml")).hasContent(pom
                .replace(">orders<", ">orders-functional-logback<").replace(UserProjects.LOG4J, UserProjects.LOGBACK));
        assertThat(dir.resolve("out/functional-logback/src/T.java")).exists();
        assertThat(dir.resolve("out/functional-logback/src/test/resources/expected-backend.txt")).hasContent("logback");
        assertThat(dir.resolve("out/pom.xml")).content()
                .contains("<module>functional-log4j</module>", "<module>functional-logback</module>");
        assertThat(dir.resolve("out").resolve(UserProjects.VERIFY_SCRIPT)).exists();
    }

    @Test
    void aPomOfAnotherVersionOrWithoutTheLog4jBackendIsRefused(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("it/functional"));
        String pom = "<project><version>9.9</version>" + UserProjects.LOG4J + "</project>\n";

        assertThatThrownBy(() -> UserProjects.write(Map.of("functional", pom), "1.0", dir.resolve("it"), dir.resolve("o")))
                .hasMessageContaining("does not name this build's version 1.0");
        assertThatThrownBy(() -> UserProjects.toLogback("functional", "<project/>"))
                .hasMessageContaining("must name " + UserProjects.LOG4J + " exactly once");
        assertThatThrownBy(() -> UserProjects.write(Map.of("annotated", pom), "9.9", dir.resolve("it"), dir.resolve("o")))
                .hasMessageContaining("[annotated]").hasMessageContaining("[functional]");
    }
}
