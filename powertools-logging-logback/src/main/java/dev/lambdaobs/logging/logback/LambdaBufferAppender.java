package dev.lambdaobs.logging.logback;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import ch.qos.logback.core.spi.AppenderAttachable;
import ch.qos.logback.core.spi.AppenderAttachableImpl;
import dev.lambdaobs.logging.context.LogBuffer;
import dev.lambdaobs.logging.context.LogContext;
import dev.lambdaobs.logging.json.LocationFields;
import java.util.Iterator;

/**
 * Passes lines to its appenders, except the lines the current invocation buffers: those are held in
 * its {@link LogBuffer}, written out before the next ERROR line of that invocation or when the handler
 * throws, and dropped when it ends normally.
 *
 * <pre>{@code
 * <appender name="lambda" class="dev.lambdaobs.logging.logback.LambdaBufferAppender">
 *   <appender-ref ref="stdout"/>
 * </appender>
 * }</pre>
 */
public final class LambdaBufferAppender extends UnsynchronizedAppenderBase<ILoggingEvent>
        implements AppenderAttachable<ILoggingEvent> {
    private final AppenderAttachableImpl<ILoggingEvent> appenders = new AppenderAttachableImpl<>();

    @Override
    public void start() {
        if (!appenders.iteratorForAppenders().hasNext()) {
            addError("LambdaBufferAppender '" + getName() + "': no appender to write to; add an <appender-ref>");
            return;
        }
        super.start();
    }

    @Override
    protected void append(ILoggingEvent event) {
        LogContext context = LogContext.current();
        if (context != null && context.buffer() != null) {
            if (context.buffers(LogbackLevels.toLambda(event.getLevel()))) {
                // The MDC, message and (if asked for) the caller are read now, not when written.
                event.prepareForDeferredProcessing();
                if (LocationFields.enabled()) {
                    event.getCallerData();
                }
                context.buffer().hold(() -> appenders.appendLoopOnAppenders(event));
                return;
            }
            if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
                context.buffer().flush();
            }
        }
        appenders.appendLoopOnAppenders(event);
    }

    @Override
    public void addAppender(Appender<ILoggingEvent> appender) {
        appenders.addAppender(appender);
    }

    @Override
    public Iterator<Appender<ILoggingEvent>> iteratorForAppenders() {
        return appenders.iteratorForAppenders();
    }

    @Override
    public Appender<ILoggingEvent> getAppender(String name) {
        return appenders.getAppender(name);
    }

    @Override
    public boolean isAttached(Appender<ILoggingEvent> appender) {
        return appenders.isAttached(appender);
    }

    @Override
    public void detachAndStopAllAppenders() {
        appenders.detachAndStopAllAppenders();
    }

    @Override
    public boolean detachAppender(Appender<ILoggingEvent> appender) {
        return appenders.detachAppender(appender);
    }

    @Override
    public boolean detachAppender(String name) {
        return appenders.detachAppender(name);
    }
}
