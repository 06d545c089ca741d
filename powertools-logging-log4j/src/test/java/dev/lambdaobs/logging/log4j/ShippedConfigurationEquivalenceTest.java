package dev.lambdaobs.logging.log4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaobs.core.config.LogLevel;
import dev.lambdaobs.core.config.PowertoolsConfig;
import dev.lambdaobs.core.invocation.Invocation;
import dev.lambdaobs.core.invocation.InvocationFacts;
import dev.lambdaobs.core.invocation.TraceHeaderLookup;
import dev.lambdaobs.logging.LogLimits;
import dev.lambdaobs.logging.context.LogContext;
import dev.lambdaobs.test.FakeContext;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.AppenderRef;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.ConfigurationSource;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.properties.PropertiesConfiguration;
import org.apache.logging.log4j.core.config.properties.PropertiesConfigurationFactory;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.message.SimpleMessage;
import org.junit.jupiter.api.Test;

/**
 * The shipped configuration built in code is the one {@code lambdaobs-log4j2.properties} describes: the same
 * objects, wired the same way, and the same bytes on standard output for the same events.
 */
class ShippedConfigurationEquivalenceTest {
    private static final String[] LOGGERS = {"dev.lambdaobs.Orders", "com.amazonaws.xray.AWSXRayRecorder",
        "com.amazonaws.xray", "com.amazonaws", ""};

    @Test
    void theSameObjectsWiredTheSameWay() {
        LoggerContext fromFile = started(this::fromFile);
        LoggerContext inCode = started(ShippedConfiguration::new);
        try {
            assertThat(fromFile.getConfiguration()).isInstanceOf(PropertiesConfiguration.class);
            assertThat(inCode.getConfiguration()).isInstanceOf(ShippedConfiguration.class);
            assertThat(shape(inCode)).isEqualTo(shape(fromFile));
            for (String logger : LOGGERS) {
                for (Level level : Level.values()) {
                    assertThat(inCode.getLogger(logger).isEnabled(level)).as(logger + " " + level)
                            .isEqualTo(fromFile.getLogger(logger).isEnabled(level));
                }
            }
        } finally {
            fromFile.stop();
            inCode.stop();
        }
    }

    @Test
    void theSameBytesOnStandardOutput() {
        List<LogEvent> events = new ArrayList<>(LambdaJsonLayoutTest.events());
        events.add(Log4jLogEvent.newBuilder().setLoggerName("dev.lambdaobs.Orders").setLevel(Level.INFO)
                .setMessage(new SimpleMessage("x".repeat(LogLimits.MAX_STRING_LENGTH + 10))).setTimeMillis(1L).build());
        byte[] expected = written(this::fromFile, events);

        assertThat(new String(expected, StandardCharsets.UTF_8)).as("a line per event, inside and outside an invocation")
                .hasLineCount(2 * events.size()).contains(LogLimits.TRUNCATION_MARKER);
        assertThat(written(ShippedConfiguration::new, events)).isEqualTo(expected);
    }

    /** Every event outside an invocation, then inside one, through the root logger's configuration. */
    private static byte[] written(Function<LoggerContext, Configuration> configuration, List<LogEvent> events) {
        LoggerContext context = started(configuration);
        PrintStream stdout = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true));
        try {
            replay(context, events);
            FakeContext lambda = FakeContext.builder().functionName("orders-fn").requestId("req-1").build();
            PowertoolsConfig config = PowertoolsConfig.from(Map.of("POWERTOOLS_SERVICE_NAME", "orders"));
            Invocation invocation = new Invocation(Map.of(), lambda, config,
                    InvocationFacts.of(lambda, config, TraceHeaderLookup.of(name -> null, name -> null)), true,
                    Instant.EPOCH, System::nanoTime);
            LogContext log = new LogContext(invocation, LogLevel.DEBUG, true, 0.25, null, null, true);
            try (Invocation.Scope current = invocation.makeCurrent(); Invocation.Scope attached = log.attach()) {
                replay(context, events);
            }
        } finally {
            System.setOut(stdout);
            context.stop();
        }
        return out.toByteArray();
    }

    private static void replay(LoggerContext context, List<LogEvent> events) {
        for (LogEvent event : events) {
            context.getConfiguration().getLoggerConfig(event.getLoggerName()).log(event);
        }
    }

    /** What makes a configuration behave as it does, by name. */
    private static Map<String, Object> shape(LoggerContext context) {
        Configuration configuration = context.getConfiguration();
        Map<String, Object> shape = new TreeMap<>();
        shape.put("name", configuration.getName());
        shape.put("filter", configuration.getFilter().getClass());
        shape.put("shutdown hook", configuration.isShutdownHookEnabled());
        shape.put("shutdown timeout", configuration.getShutdownTimeoutMillis());
        shape.put("properties", configuration.getProperties());
        for (Map.Entry<String, Appender> appender : configuration.getAppenders().entrySet()) {
            Appender value = appender.getValue();
            shape.put("appender " + appender.getKey(), List.of(value.getClass(),
                    value.getLayout() == null ? "no layout" : value.getLayout().getClass(),
                    value.isStarted(), value.ignoreExceptions()));
        }
        for (Map.Entry<String, LoggerConfig> entry : configuration.getLoggers().entrySet()) {
            LoggerConfig logger = entry.getValue();
            shape.put("logger '" + entry.getKey() + "'", List.of(logger.getName(), logger.getLevel(),
                    logger.isAdditive(), logger.isIncludeLocation(), logger.getAppenders().keySet(),
                    logger.getAppenderRefs().stream().map(AppenderRef::getRef).toList(),
                    String.valueOf(logger.getFilter()), String.valueOf(logger.getParent()),
                    logger.getReliabilityStrategy().getClass(), logger.getLogEventFactory().getClass(),
                    String.valueOf(logger.getPropertyList())));
        }
        shape.put("root", configuration.getRootLogger().getName() + " " + configuration.getRootLogger().getClass());
        return shape;
    }

    private Configuration fromFile(LoggerContext context) {
        ConfigurationSource source = ConfigurationSource.fromResource("lambdaobs-log4j2.properties",
                getClass().getClassLoader());
        assertThat(source).as("lambdaobs-log4j2.properties in the test resources").isNotNull();
        return new PropertiesConfigurationFactory().getConfiguration(context, source);
    }

    private static LoggerContext started(Function<LoggerContext, Configuration> configuration) {
        LoggerContext context = new LoggerContext("equivalence");
        context.start(configuration.apply(context));
        return context;
    }
}
