package dev.lambdaobs.tracing.rules;

/** X-Ray's limits on what a segment document may carry. */
public final class XRayLimits {
    /**
     * Largest segment document (a segment, or a subsegment sent on its own as in Lambda).
     *
     * @see <a href="https://docs.aws.amazon.com/xray/latest/devguide/xray-api-segmentdocuments.html">X-Ray segment documents</a>
     */
    public static final int MAX_SEGMENT_DOCUMENT_BYTES = 64 * 1024;

    /**
     * Longest segment or subsegment name; names allow Unicode letters, digits, whitespace and {@code _ . : / % & # = + \ - @}.
     *
     * @see <a href="https://docs.aws.amazon.com/xray/latest/devguide/xray-api-segmentdocuments.html#api-segmentdocuments-fields">Segment fields</a>
     */
    public static final int MAX_NAME_LENGTH = 200;

    /**
     * Annotation keys: up to 500 letters, digits or underscores.
     *
     * @see <a href="https://docs.aws.amazon.com/xray/latest/devguide/xray-sdk-java-segment.html">Annotation requirements</a>
     */
    public static final int MAX_ANNOTATION_KEY_LENGTH = 500;

    /**
     * Annotation string values: up to 1,000 Unicode characters.
     *
     * @see <a href="https://docs.aws.amazon.com/xray/latest/devguide/xray-sdk-java-segment.html">Annotation requirements</a>
     */
    public static final int MAX_ANNOTATION_VALUE_LENGTH = 1_000;

    /**
     * Annotations X-Ray indexes per trace; further ones are kept as metadata so nothing is lost.
     *
     * @see <a href="https://docs.aws.amazon.com/xray/latest/devguide/xray-sdk-java-segment.html">Annotation requirements</a>
     */
    public static final int MAX_ANNOTATIONS_PER_TRACE = 50;

    /**
     * Room kept in a document for everything but metadata: ids, times, annotations, the SDK's
     * {@code aws} block and up to a few exceptions with their 50-frame stacks. Metadata of one
     * invocation's document may use the rest.
     */
    public static final int DOCUMENT_RESERVE_BYTES = 16 * 1024;

    public static final int METADATA_BUDGET_BYTES = MAX_SEGMENT_DOCUMENT_BYTES - DOCUMENT_RESERVE_BYTES;

    private XRayLimits() {
    }
}
