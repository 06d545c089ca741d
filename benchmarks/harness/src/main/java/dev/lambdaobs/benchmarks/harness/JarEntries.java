package dev.lambdaobs.benchmarks.harness;

import java.io.IOException;
import java.nio.file.Path;
import java.util.zip.ZipFile;

/** Whether a jar holds a class, so the harness only asks JMH for benchmarks that were built. */
final class JarEntries {
    private JarEntries() {
    }

    static boolean containsClass(Path jar, String className) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.getEntry(className.replace('.', '/') + ".class") != null;
        }
    }
}
