package dev.lambdaobs.dashboardgen.output;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Output written beside its target and moved into place only once complete: a service folder and
 * a template file. A failed write leaves the target as it was; a re-run replaces the files we own
 * (so a dashboard page or query that is no longer generated disappears) and keeps any other file
 * found in the folder.
 *
 * <pre>{@code
 * try (StagedOutput staged = StagedOutput.in(outDir, "orders", "orders.template.json", owned)) {
 *     Files.writeString(staged.folder().resolve("alarms.json"), json);
 *     staged.commit();
 * }
 * }</pre>
 */
final class StagedOutput implements AutoCloseable {
    private final Path target;
    private final Path targetFile;
    private final Path staging;
    private final Predicate<Path> owned;

    private StagedOutput(Path dir, String folder, String file, Predicate<Path> owned) throws IOException {
        Files.createDirectories(dir);
        this.target = dir.resolve(folder);
        this.targetFile = dir.resolve(file);
        this.staging = Files.createTempDirectory(dir, ".dashboard-gen-");
        this.owned = owned;
        Files.createDirectories(folder());
    }

    /** @param owned which paths, relative to the folder, this output owns and may remove */
    static StagedOutput in(Path dir, String folder, String file, Predicate<Path> owned) throws IOException {
        return new StagedOutput(dir, folder, file, owned);
    }

    /** Where to write the folder's content. */
    Path folder() {
        return staging.resolve("folder");
    }

    /** Where to write the file. */
    Path file() {
        return staging.resolve("file");
    }

    /** Moves the output into place: the folder first, the file (what looks like a finished run) last. */
    void commit() throws IOException {
        Path previous = staging.resolve("previous");
        if (Files.exists(target)) {
            keepForeignFiles();
            Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(folder(), target, StandardCopyOption.ATOMIC_MOVE);
            try {
                Files.move(file(), targetFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                Files.move(target, folder(), StandardCopyOption.ATOMIC_MOVE);
                throw new IOException(targetFile + ": cannot be replaced (" + e + "); nothing was changed", e);
            }
        } catch (IOException e) {
            if (Files.exists(previous)) {
                Files.move(previous, target, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
    }

    private void keepForeignFiles() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(target)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            Path relative = target.relativize(file);
            if (!owned.test(relative)) {
                Path copy = folder().resolve(relative.toString());
                Files.createDirectories(copy.getParent());
                try {
                    Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
                } catch (FileAlreadyExistsException e) {
                    // a file we now write has the name: ours wins
                }
            }
        }
    }

    /** Removes whatever is left of the staging folder. */
    @Override
    public void close() throws IOException {
        if (!Files.exists(staging)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(staging)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : paths) {
            Files.deleteIfExists(path);
        }
    }
}
