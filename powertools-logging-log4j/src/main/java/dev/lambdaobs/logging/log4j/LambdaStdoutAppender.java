package dev.lambdaobs.logging.log4j;

import dev.lambdaobs.core.diagnostics.Diagnostics;
import dev.lambdaobs.core.output.CloudWatchLogsLimits;
import dev.lambdaobs.core.output.JsonLineLimit;
import dev.lambdaobs.core.output.LineSink;
import java.io.Serializable;
import java.util.Objects;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.Core;
import org.apache.logging.log4j.core.Layout;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;
import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.apache.logging.log4j.core.config.plugins.PluginAttribute;
import org.apache.logging.log4j.core.config.plugins.PluginElement;
import org.apache.logging.log4j.core.config.plugins.PluginFactory;

/**
 * Writes each event to standard output through core's {@link LineSink}: the layout encodes the whole
 * line into this thread's buffer, and the line goes to the stream in one write. Log4j's own console
 * appender writes a line longer than its 8 KB buffer in several writes, between which another
 * thread's line (an EMF document) can land. A line over CloudWatch Logs' event size is cut by
 * {@link JsonLineLimit} (still one JSON object, cuts marked), and said once on standard error.
 * Garbage-free: no lock of its own, no allocation for a line that fits the thread's buffer.
 *
 * <pre>{@code
 * appender.stdout.type = LambdaStdout            # log4j2 properties configuration
 * appender.stdout.name = stdout
 * appender.stdout.layout.type = LambdaJsonLayout
 * }</pre>
 */
@Plugin(name = "LambdaStdout", category = Core.CATEGORY_NAME, elementType = Appender.ELEMENT_TYPE)
public final class LambdaStdoutAppender extends AbstractAppender {
    private static final ThreadLocal<LineBuffer> BUFFERS = ThreadLocal.withInitial(LineBuffer::new);

    private final LineSink sink;
    private final int maxLineBytes;

    private LambdaStdoutAppender(String name, Layout<? extends Serializable> layout, LineSink sink, int maxLineBytes) {
        super(name, null, layout, true, Property.EMPTY_ARRAY);
        this.sink = sink;
        this.maxLineBytes = maxLineBytes;
    }

    @PluginFactory
    public static LambdaStdoutAppender createAppender(
            @PluginAttribute("name") String name,
            @PluginElement("Layout") Layout<? extends Serializable> layout) {
        Objects.requireNonNull(name, "LambdaStdout appender: attribute 'name' is required");
        Objects.requireNonNull(layout, "LambdaStdout appender '" + name + "': a layout is required");
        return new LambdaStdoutAppender(name, layout, LineSink.stdout(), CloudWatchLogsLimits.MAX_LINE_BYTES);
    }

    /** An appender writing to {@code sink} with a line limit of its own (tests). */
    public static LambdaStdoutAppender of(String name, Layout<? extends Serializable> layout, LineSink sink,
                                          int maxLineBytes) {
        return new LambdaStdoutAppender(name, layout, sink, maxLineBytes);
    }

    @Override
    public void append(LogEvent event) {
        LineBuffer line = BUFFERS.get().reset();
        getLayout().encode(event, line);
        line.endLine();
        int content = line.length() - 1;
        if (content <= maxLineBytes) {
            sink.write(line.array(), line.length());
            return;
        }
        byte[] fitted = JsonLineLimit.fit(line.array(), line.length(), maxLineBytes);
        Diagnostics.stderr().warnOnce("logging.line-over-limit", "a log line of " + content + " bytes was over "
                + maxLineBytes + " bytes (CloudWatch Logs' event size less its overhead): its longest values were"
                + " cut and end with " + JsonLineLimit.MARKER + "; later ones are cut the same way without a word");
        sink.write(fitted, fitted.length);
    }
}
