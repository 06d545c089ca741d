package dev.lambdaobs.logging.logback;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import ch.qos.logback.core.encoder.Encoder;
import dev.lambdaobs.core.diagnostics.Diagnostics;
import dev.lambdaobs.core.output.CloudWatchLogsLimits;
import dev.lambdaobs.core.output.JsonLineLimit;
import dev.lambdaobs.core.output.LineSink;
import java.util.Arrays;

/**
 * Writes each event to standard output through core's {@link LineSink}: the encoder gives the whole
 * line, and it goes to the stream in one write, so no other thread's line (an EMF document) can land
 * inside it. A line over CloudWatch Logs' event size is cut by {@link JsonLineLimit} (still one JSON
 * object, cuts marked), and said once on standard error. No lock of its own.
 *
 * <pre>{@code
 * <appender name="stdout" class="dev.lambdaobs.logging.logback.LambdaStdoutAppender">
 *   <encoder class="dev.lambdaobs.logging.logback.LambdaJsonEncoder"/>
 * </appender>
 * }</pre>
 */
public final class LambdaStdoutAppender extends UnsynchronizedAppenderBase<ILoggingEvent> {
    private Encoder<ILoggingEvent> encoder;
    private final LineSink sink = LineSink.stdout();
    private final int maxLineBytes = CloudWatchLogsLimits.MAX_LINE_BYTES;

    /** The encoder of each line, normally {@link LambdaJsonEncoder}. */
    public void setEncoder(Encoder<ILoggingEvent> encoder) {
        this.encoder = encoder;
    }

    @Override
    public void start() {
        if (encoder == null) {
            addError("LambdaStdoutAppender '" + getName() + "': an <encoder> is required");
            return;
        }
        super.start();
    }

    @Override
    protected void append(ILoggingEvent event) {
        byte[] encoded = encoder.encode(event);
        int end = encoded.length;
        while (end > 0 && (encoded[end - 1] == '\n' || encoded[end - 1] == '\r')) {
            end--;
        }
        byte[] line = encoded;
        if (end + 1 != encoded.length || encoded[end] != '\n') {
            line = Arrays.copyOf(encoded, end + 1);
            line[end] = '\n';
        }
        if (end <= maxLineBytes) {
            sink.write(line, line.length);
            return;
        }
        byte[] fitted = JsonLineLimit.fit(line, line.length, maxLineBytes);
        Diagnostics.stderr().warnOnce("logging.line-over-limit", "a log line of " + end + " bytes was over "
                + maxLineBytes + " bytes (CloudWatch Logs' event size less its overhead): its longest values were"
                + " cut and end with " + JsonLineLimit.MARKER + "; later ones are cut the same way without a word");
        sink.write(fitted, fitted.length);
    }
}
