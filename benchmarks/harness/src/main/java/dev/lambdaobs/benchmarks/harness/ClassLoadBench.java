package dev.lambdaobs.benchmarks.harness;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Classes loaded up to the end of the first invocation, from {@code -Xlog:class+load} on stdout counted up to
 * the launcher's mark, grouped by library. One run per variant: the count does not vary between runs.
 *
 * <p>Example: {@code Map<String, ClassLoadBench.Count> counts = ClassLoadBench.run(variants, workDir);}
 */
final class ClassLoadBench {
    private static final String TAG = "[class,load] ";

    /** Total classes and classes per library for one variant. */
    record Count(int total, Map<String, Integer> byLibrary) {
    }

    private ClassLoadBench() {
    }

    static Map<String, Count> run(List<Variant> variants, Path workDir) throws IOException, InterruptedException {
        Map<String, Count> counts = new LinkedHashMap<>();
        for (Variant variant : variants) {
            ColdRun run = ColdRun.execute(variant, List.of("-Xlog:class+load=info:stdout"), workDir);
            counts.put(variant.name(), count(run.stdout()));
        }
        Progress.log("class counts done");
        return counts;
    }

    static Count count(List<String> stdout) {
        Map<String, Integer> byLibrary = new TreeMap<>();
        int total = 0;
        for (String line : stdout) {
            if (line.contains(ColdRun.MARK)) {
                break;
            }
            int tag = line.indexOf(TAG);
            if (tag < 0) {
                continue;
            }
            int nameStart = tag + TAG.length();
            int nameEnd = line.indexOf(' ', nameStart);
            String className = nameEnd < 0 ? line.substring(nameStart) : line.substring(nameStart, nameEnd);
            byLibrary.merge(Libraries.of(className), 1, Integer::sum);
            total++;
        }
        return new Count(total, byLibrary);
    }
}
