package dev.lambdaobs.examples.localrun;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Removes what an earlier run left in the output directory, so no stale file is mistaken for this
 * run's. Only the run's own entries are touched, never anything else in the directory.
 */
final class DirectoryCleaner {
    private DirectoryCleaner() {
    }

    static void deleteEntries(Path directory, List<String> names) throws IOException {
        for (String name : names) {
            Path entry = directory.resolve(name);
            if (!Files.exists(entry)) {
                continue;
            }
            List<Path> paths;
            try (Stream<Path> walk = Files.walk(entry)) {
                paths = walk.sorted(Comparator.reverseOrder()).toList();
            }
            for (Path path : paths) {
                Files.delete(path);
            }
        }
    }
}
