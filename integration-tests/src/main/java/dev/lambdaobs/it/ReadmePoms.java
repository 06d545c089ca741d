package dev.lambdaobs.it;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The user poms a README shows: each is the {@code xml} fence right after a {@code <!-- user-pom: NAME ... -->}
 * line, so the README stays readable and the integration test builds exactly what a user copies.
 *
 * <pre>{@code
 * Map<String, String> poms = ReadmePoms.extract(Files.readAllLines(readme), "README.md");
 * String functional = poms.get("functional");
 * }</pre>
 */
final class ReadmePoms {
    static final String MARKER = "<!-- user-pom: ";
    private static final String OPEN = "```xml";
    private static final String CLOSE = "```";

    private ReadmePoms() {
    }

    /**
     * Returns each marked pom by name, in the README's order.
     *
     * @throws IllegalArgumentException naming {@code source:line} when a marker has no xml fence right after it,
     *     a fence is not closed, or a name is used twice
     */
    static Map<String, String> extract(List<String> lines, String source) {
        Map<String, String> poms = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.startsWith(MARKER)) {
                continue;
            }
            String name = line.substring(MARKER.length()).split("[\\s>]", 2)[0];
            int markerLine = i + 1;
            if (name.isEmpty()) {
                throw new IllegalArgumentException(source + ":" + markerLine + ": user-pom marker without a name");
            }
            if (i + 1 >= lines.size() || !lines.get(i + 1).strip().equals(OPEN)) {
                throw new IllegalArgumentException(source + ":" + markerLine + ": user-pom '" + name
                        + "' must be followed by a " + OPEN + " fence on the next line");
            }
            StringBuilder pom = new StringBuilder();
            int j = i + 2;
            for (; j < lines.size() && !lines.get(j).strip().equals(CLOSE); j++) {
                pom.append(lines.get(j)).append('\n');
            }
            if (j == lines.size()) {
                throw new IllegalArgumentException(source + ":" + (i + 2) + ": the fence of user-pom '" + name
                        + "' is not closed");
            }
            if (poms.put(name, pom.toString()) != null) {
                throw new IllegalArgumentException(source + ":" + markerLine + ": user-pom '" + name + "' shown twice");
            }
            i = j;
        }
        return poms;
    }
}
