package dev.lambdaobs.logging.log4j;

import dev.lambdaobs.logging.context.LogBuffer;
import dev.lambdaobs.logging.context.LogContext;
import java.util.Objects;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.Core;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.AppenderControl;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.ConfigurationException;
import org.apache.logging.log4j.core.config.Property;
import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.apache.logging.log4j.core.config.plugins.PluginAttribute;
import org.apache.logging.log4j.core.config.plugins.PluginConfiguration;
import org.apache.logging.log4j.core.config.plugins.PluginFactory;

/**
 * Passes lines to the {@code target} appender, except the lines the current invocation buffers:
 * those are held (as immutable copies) in its {@link LogBuffer}, written out before the next ERROR
 * line of that invocation or when the handler throws, and dropped when it ends normally.
 *
 * <pre>{@code
 * appender.lambda.type = LambdaBuffer       # log4j2 properties configuration
 * appender.lambda.name = lambda
 * appender.lambda.target = stdout
 * }</pre>
 */
@Plugin(name = "LambdaBuffer", category = Core.CATEGORY_NAME, elementType = Appender.ELEMENT_TYPE)
public final class InvocationBufferAppender extends AbstractAppender {
    private final String targetName;
    private final Configuration configuration;
    private volatile AppenderControl target;

    private InvocationBufferAppender(String name, String targetName, Configuration configuration) {
        super(name, null, null, true, Property.EMPTY_ARRAY);
        this.targetName = targetName;
        this.configuration = configuration;
    }

    @PluginFactory
    public static InvocationBufferAppender createAppender(
            @PluginAttribute("name") String name,
            @PluginAttribute("target") String target,
            @PluginConfiguration Configuration configuration) {
        Objects.requireNonNull(name, "LambdaBuffer appender: attribute 'name' is required");
        Objects.requireNonNull(target, "LambdaBuffer appender '" + name + "': attribute 'target' is required");
        return new InvocationBufferAppender(name, target, configuration);
    }

    @Override
    public void start() {
        Appender appender = configuration.getAppender(targetName);
        if (appender == null) {
            throw new ConfigurationException("LambdaBuffer appender '" + getName() + "': no appender named '"
                    + targetName + "' in the configuration");
        }
        target = new AppenderControl(appender, null, null);
        super.start();
    }

    @Override
    public void append(LogEvent event) {
        AppenderControl out = target;
        LogContext context = LogContext.current();
        if (context != null && context.buffer() != null) {
            Level level = event.getLevel();
            if (context.buffers(Log4jLevels.toLambda(level))) {
                LogEvent copy = event.toImmutable();
                context.buffer().hold(() -> out.callAppender(copy));
                return;
            }
            if (level.isMoreSpecificThan(Level.ERROR)) {
                context.buffer().flush();
            }
        }
        out.callAppender(event);
    }
}
