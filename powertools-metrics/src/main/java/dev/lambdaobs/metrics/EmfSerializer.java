package dev.lambdaobs.metrics;

import dev.lambdaobs.core.diagnostics.Diagnostics;
import java.util.List;

/**
 * The backend that turns a validated {@link EmfDocument} into EMF lines, split into several documents at
 * the EMF limits ({@link EmfLimits#MAX_METRICS_PER_DIRECTIVE}, {@link EmfLimits#MAX_VALUES_PER_METRIC}).
 * {@link EmfWriter} keeps the lines within CloudWatch Logs' event size and writes them.
 */
interface EmfSerializer {
    /** The class whose presence says the EMF client library is on the class path. */
    String LIBRARY_CLASS = "software.amazon.cloudwatchlogs.emf.model.MetricsContext";

    /** The document's lines under {@code namespace} (already validated). */
    List<String> serialize(EmfDocument document, String namespace);

    /**
     * The serializer {@code backend} names, prepared ({@link #prepare}): when the step is built, Lambda's
     * init phase, not the first invocation. The library's is made only when the library is on the class
     * path; without it that is reported once and the built-in writer is used, so no metric is lost.
     */
    static EmfSerializer of(EmfBackend backend, String namespace, Diagnostics diagnostics) {
        boolean library = backend == EmfBackend.AWS_EMBEDDED_METRICS && libraryPresent();
        if (backend == EmfBackend.AWS_EMBEDDED_METRICS && !library) {
            diagnostics.warnOnce("metrics.emf-backend", "metrics: POWERTOOLS_METRICS_EMF_BACKEND (or the builder) asks"
                    + " for aws-embedded-metrics, but software.amazon.cloudwatchlogs:aws-embedded-metrics is not on the"
                    + " class path (it is an optional dependency of powertools-metrics: add it to the function);"
                    + " writing EMF with the built-in writer");
        }
        prepare(library);
        return library ? new LibraryEmfSerializer(namespace) : new BuiltInEmfSerializer();
    }

    /** Loads what writing the first document through {@code backend} needs, writing nothing; once per process. */
    static void prepare(EmfBackend backend) {
        prepare(backend == EmfBackend.AWS_EMBEDDED_METRICS && libraryPresent());
    }

    /** The one place either writer is prepared: the library's, or the built-in one that stands in for it. */
    private static void prepare(boolean library) {
        if (library) {
            LibraryEmfSerializer.prepare();
        } else {
            BuiltInEmfSerializer.prepare();
        }
    }

    private static boolean libraryPresent() {
        try {
            Class.forName(LIBRARY_CLASS, false, EmfSerializer.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
