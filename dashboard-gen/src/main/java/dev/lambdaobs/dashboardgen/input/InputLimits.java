package dev.lambdaobs.dashboardgen.input;

import java.time.Duration;

/**
 * Bounds on reading one template or config, YAML or JSON alike, so a hostile or broken file (an
 * alias bomb: a few hundred bytes whose aliases expand to billions of nodes) fails fast with exit 2
 * naming the limit instead of running for minutes. Each is far above any real template:
 * CloudFormation takes at most a 1 MB template body.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html">CloudFormation quotas</a>
 */
public final class InputLimits {
    /** Largest file read, in bytes (and code points): 16 times CloudFormation's template limit. */
    public static final int MAX_DOCUMENT_SIZE = 16 * 1024 * 1024;
    /** Deepest nesting of mappings and lists, the same for YAML and JSON. */
    public static final int MAX_NESTING_DEPTH = 500;
    /** Most YAML aliases to mappings or lists (templates seldom use any). */
    public static final int MAX_ALIASES = 100;
    /** Most nodes after aliases are expanded: a 1 MB template has about a hundred thousand. */
    public static final int MAX_NODES = 500_000;
    /** Most characters in all strings after aliases are expanded. */
    public static final long MAX_EXPANDED_CHARACTERS = 64L * 1024 * 1024;
    /** Longest reading one file may take, a guard where the other limits do not reach. */
    public static final Duration MAX_READ_TIME = Duration.ofSeconds(20);

    private InputLimits() {
    }
}
