package dev.lambdaobs.logging.log4j;

import dev.lambdaobs.logging.LogLimits;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.AbstractConfiguration;
import org.apache.logging.log4j.core.config.AppenderRef;
import org.apache.logging.log4j.core.config.ConfigurationSource;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Loggers;
import org.apache.logging.log4j.core.config.Node;

/**
 * Our shipped Log4j2 configuration, built in code: {@code LambdaInvocationFilter} (the threshold, sampling and
 * buffering gate) → {@code LambdaBuffer} appender {@value #BUFFER} on the root logger at TRACE →
 * {@code LambdaStdout} appender {@value #STDOUT} with {@code LambdaJsonLayout}; {@code com.amazonaws.xray} at WARN.
 * The same objects as {@code lambdaobs-log4j2.properties} (its form as a file, in this module's test resources)
 * gives, without what a configuration file costs at cold start: the configuration builder and its components,
 * and Log4j2's reflective plugin builder with its annotation proxies, visitors and type converters (about 150
 * classes on the main thread). Log4j2's own {@code doConfigure()} still runs (the substitutors' lookups, the
 * appender references, the loggers' parents), on nodes that hold the objects already made.
 *
 * <p>Example: {@code context.start(new ShippedConfiguration(context));}
 */
final class ShippedConfiguration extends AbstractConfiguration {
    /** The configuration's name, as the properties form names it. */
    static final String NAME = "lambdaobs";
    /** The appender writing lines to standard output. */
    static final String STDOUT = "stdout";
    /** The appender on the root logger, holding the lines an invocation buffers. */
    static final String BUFFER = "lambda";
    /** The X-Ray SDK logs its set-up and sampling polls at INFO, outside any invocation. */
    static final String XRAY_LOGGER = "com.amazonaws.xray";

    ShippedConfiguration(LoggerContext loggerContext) {
        super(loggerContext, ConfigurationSource.NULL_SOURCE);
        setName(NAME);
    }

    /** The nodes {@code doConfigure()} reads, in the order a configuration file gives them, each holding its object. */
    @Override
    public void setup() {
        ConcurrentMap<String, Appender> appenders = new ConcurrentHashMap<>();
        appenders.put(STDOUT, LambdaStdoutAppender.createAppender(STDOUT,
                LambdaJsonLayout.createLayout(LogLimits.MAX_STRING_LENGTH, LogLimits.TRUNCATION_MARKER)));
        appenders.put(BUFFER, InvocationBufferAppender.createAppender(BUFFER, STDOUT, this));

        LoggerConfig root = LoggerConfig.RootLogger.newRootBuilder().withLevel(Level.TRACE)
                .withRefs(new AppenderRef[] {AppenderRef.createAppenderRef(BUFFER, null, null)})
                .withConfig(this).build();
        LoggerConfig xray = LoggerConfig.newBuilder().withLoggerName(XRAY_LOGGER).withLevel(Level.WARN)
                .withRefs(new AppenderRef[0]).withConfig(this).build();
        ConcurrentMap<String, LoggerConfig> loggers = new ConcurrentHashMap<>();
        loggers.put(root.getName(), root);
        loggers.put(XRAY_LOGGER, xray);

        add("Filter", InvocationLevelFilter.createFilter(null, null));
        add("Appenders", appenders);
        add("Loggers", new Loggers(loggers, root));
    }

    /**
     * Nothing to prepare: Log4j2 looks up here the plugin type of each node of a file, and these nodes have
     * none (their objects are made already).
     */
    @Override
    protected void preConfigure(Node node) {
        // No plugin types to look up and nothing scheduled.
    }

    /** A node without a parent or plugin type: {@code doConfigure()} takes its object as it is. */
    private void add(String name, Object object) {
        Node node = new Node(null, name, null);
        node.setObject(object);
        rootNode.getChildren().add(node);
    }
}
