package dev.lambdaobs.logging.logback;

import ch.qos.logback.classic.ClassicConstants;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.jul.LevelChangePropagator;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.core.spi.ContextAwareBase;
import dev.lambdaobs.core.startup.BackgroundStartup;

/**
 * Logback's configuration when the function has none of its own: one JSON object per line on stdout
 * (the {@link LambdaTurboFilter}, a {@link LambdaBufferAppender} named {@value #BUFFER} writing to a
 * {@link LambdaStdoutAppender} named {@value #STDOUT} with a {@link LambdaJsonEncoder}, root at TRACE,
 * {@code com.amazonaws.xray} at WARN), set up in code: no XML is parsed at start-up.
 *
 * <p>A configuration of the user's own wins: a {@code logback.configurationFile} system property, or a
 * {@code logback-test.xml} or {@code logback.xml} on the class path, is left to Logback to read, and it can
 * name our filter, appenders and encoder (see the README). Also starts the modules' background start-up,
 * as Logback starts. Registered as a Logback {@code Configurator} service; not for direct use.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_LOW_PRIORITY)
public final class LambdaConfigurator extends ContextAwareBase implements Configurator {
    /** The stdout appender's name, for a user's configuration to refer to. */
    public static final String STDOUT = "stdout";
    /** The buffering appender's name, attached to the root logger. */
    public static final String BUFFER = "lambda";
    /** jul-to-slf4j's handler, whose presence means java.util.logging is bridged to SLF4J. */
    static final String JUL_BRIDGE = "org.slf4j.bridge.SLF4JBridgeHandler";

    @Override
    public ExecutionStatus configure(LoggerContext loggerContext) {
        BackgroundStartup.begin();
        if (hasUserConfiguration(LambdaConfigurator.class.getClassLoader())) {
            addInfo("lambdaobs: a Logback configuration of the user's own was found; using it");
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        apply(loggerContext);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** True when Logback's own search would find a configuration file. */
    static boolean hasUserConfiguration(ClassLoader loader) {
        String file = System.getProperty(ClassicConstants.CONFIG_FILE_PROPERTY);
        return file != null && !file.isBlank()
                || loader.getResource(ClassicConstants.TEST_AUTOCONFIG_FILE) != null
                || loader.getResource(ClassicConstants.AUTOCONFIG_FILE) != null;
    }

    /** Sets up the shipped configuration on {@code context}. */
    static void apply(LoggerContext context) {
        LambdaTurboFilter filter = new LambdaTurboFilter();
        filter.setContext(context);
        filter.start();
        context.addTurboFilter(filter);

        LambdaJsonEncoder encoder = new LambdaJsonEncoder();
        encoder.setContext(context);
        encoder.start();
        LambdaStdoutAppender stdout = new LambdaStdoutAppender();
        stdout.setContext(context);
        stdout.setName(STDOUT);
        stdout.setEncoder(encoder);
        stdout.start();
        LambdaBufferAppender buffer = new LambdaBufferAppender();
        buffer.setContext(context);
        buffer.setName(BUFFER);
        buffer.addAppender(stdout);
        buffer.start();

        // TRACE here: the filter is the threshold, so that sampling and buffering can let DEBUG through.
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.TRACE);
        root.addAppender(buffer);
        // The X-Ray SDK logs its set-up and sampling polls at INFO, outside any invocation; keep its warnings only.
        context.getLogger("com.amazonaws.xray").setLevel(Level.WARN);
        julLevels(context, LambdaConfigurator.class.getClassLoader());
    }

    /**
     * With jul-to-slf4j on the class path (the README's java.util.logging bridge), keeps java.util.logging's
     * levels in step with these: its own default, INFO, would drop DEBUG and sampled lines before they reach
     * the bridge. A logback.xml of the user's adds {@code LevelChangePropagator} itself.
     */
    static boolean julLevels(LoggerContext context, ClassLoader loader) {
        try {
            Class.forName(JUL_BRIDGE, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
        LevelChangePropagator propagator = new LevelChangePropagator();
        propagator.setContext(context);
        propagator.setResetJUL(true);
        context.addListener(propagator);
        propagator.start();
        return true;
    }
}
