package dev.lambdaobs.dashboardgen;

import dev.lambdaobs.dashboardgen.input.BadInputException;
import dev.lambdaobs.dashboardgen.template.CfnTemplate;
import dev.lambdaobs.dashboardgen.template.TemplateResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A fixed sample of the corpus chosen by rule, not by hand: greedily, the template (first by name on
 * a tie) that holds the most monitored types not yet covered, until every monitored type found in
 * the corpus is covered; then evenly spaced templates by name up to {@link #MIN_SIZE}.
 */
final class CorpusSample {
    /** Small enough for the default suite (cfn-lint takes about 1.4 s a template), large enough to vary. */
    static final int MIN_SIZE = 16;

    /** The sample, and the monitored types no corpus template holds. */
    record Sample(List<Path> templates, Set<String> covered, Set<String> absent) {
    }

    private CorpusSample() {
    }

    /** Every template of the corpus that parses and cfn-lint can read, by name, with the monitored types it holds. */
    static Map<Path, Set<String>> typesByTemplate(Path corpus, Set<String> monitored) {
        Map<Path, Set<String>> types = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.filter(f -> f.toString().matches(".*\\.ya?ml$")).sorted().toList()) {
                try {
                    CfnTemplate template = CfnTemplate.read(file);
                    if (!CfnLint.readable(template.root())) {
                        continue;
                    }
                    Set<String> found = new TreeSet<>();
                    for (TemplateResource resource : template.resources()) {
                        if (monitored.contains(resource.type())) {
                            found.add(resource.type());
                        }
                    }
                    types.put(file, found);
                } catch (BadInputException e) {
                    // malformed, or a key given twice: CorpusTest checks they are rejected
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return types;
    }

    static Sample choose(Map<Path, Set<String>> typesByTemplate, Set<String> monitored) {
        Set<String> uncovered = new TreeSet<>();
        typesByTemplate.values().forEach(uncovered::addAll);
        Set<String> covered = new TreeSet<>(uncovered);
        Set<String> absent = new TreeSet<>(monitored);
        absent.removeAll(covered);
        List<Path> chosen = new ArrayList<>();
        while (!uncovered.isEmpty()) {
            Path best = null;
            int bestGain = 0;
            for (Map.Entry<Path, Set<String>> entry : typesByTemplate.entrySet()) {
                Set<String> gain = new TreeSet<>(entry.getValue());
                gain.retainAll(uncovered);
                if (gain.size() > bestGain) {
                    best = entry.getKey();
                    bestGain = gain.size();
                }
            }
            chosen.add(best);
            uncovered.removeAll(typesByTemplate.get(best));
        }
        List<Path> all = new ArrayList<>(typesByTemplate.keySet());
        int missing = MIN_SIZE - chosen.size();
        for (int i = 0; i < missing && !all.isEmpty(); i++) {
            Path spaced = all.get(i * all.size() / missing);
            if (!chosen.contains(spaced)) {
                chosen.add(spaced);
            }
        }
        return new Sample(List.copyOf(chosen), covered, absent);
    }
}
