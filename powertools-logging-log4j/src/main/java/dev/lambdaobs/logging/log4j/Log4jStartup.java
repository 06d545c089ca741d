package dev.lambdaobs.logging.log4j;

import dev.lambdaobs.core.startup.StartupTask;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.core.config.plugins.processor.PluginCache;
import org.apache.logging.log4j.core.config.plugins.processor.PluginEntry;
import org.apache.logging.log4j.core.util.Constants;
import org.apache.logging.log4j.util.PropertiesUtil;

/**
 * Does, on the background start-up thread, the two largest pieces of Log4j2's start-up that the main
 * thread reaches only after reading its properties (see {@link dev.lambdaobs.core.startup.BackgroundStartup},
 * started by {@link BackgroundStartupHook} when Log4j2 starts):
 * <ul>
 *   <li>loading every class its plugin cache ({@code Log4j2Plugins.dat}) lists, which Log4j2 does for all
 *       of them at its first plugin lookup (≈ 300 classes, most never used). They are loaded here without
 *       being initialized, so no static initializer of Log4j2 runs on this thread;</li>
 *   <li>the JDK's platform MBeans, which Log4j2's JVM-arguments lookup reads through JMX (about 80 JDK
 *       classes) whenever it builds a configuration, whatever {@code log4j2.disableJmx} says: read here first,
 *       the main thread finds them ready;</li>
 *   <li>initializing Jackson's {@code ObjectMapper} (≈ 130 Jackson classes) when Jackson is on the class
 *       path and Log4j2 will ask its configuration factories (a configuration of the function's own, or a
 *       context selector other than {@link LambdaContextSelector}): Log4j2's JSON configuration factory
 *       initializes it to find out whether JSON configurations can be read, whatever the format. With the
 *       shipped configuration nothing asks for Jackson, so neither does this task.</li>
 * </ul>
 * Registered as a service; not for direct use.
 */
public final class Log4jStartup implements StartupTask {
    /** The module's name in {@code POWERTOOLS_BACKGROUND_STARTUP}. */
    public static final String MODULE = "logging";
    /** Where Log4j2's annotation processor writes the plugin cache, in every jar that has plugins. */
    static final String PLUGIN_CACHE = "META-INF/org/apache/logging/log4j/core/config/plugins/Log4j2Plugins.dat";
    /** The class whose initialization Log4j2's JSON configuration factory asks for. */
    static final String JACKSON_PROBE = "com.fasterxml.jackson.databind.ObjectMapper";

    @Override
    public String module() {
        return MODULE;
    }

    /** Before every other module's task: Log4j2 is starting on the main thread right now. */
    @Override
    public int order() {
        return DEFAULT_ORDER - 1;
    }

    @Override
    public void run() throws IOException {
        run(Log4jStartup.class.getClassLoader());
    }

    /** The work of {@link #run()} for the classes {@code loader} sees. */
    static void run(ClassLoader loader) throws IOException {
        loadPluginClasses(loader);
        readJvmArguments();
        if (log4jAsksItsFactories(loader)) {
            try {
                Class.forName(JACKSON_PROBE, true, loader);
            } catch (ClassNotFoundException | LinkageError absentOrBroken) {
                // No Jackson (Log4j2's probe fails fast too), or a broken one that the probe reports.
            }
        }
    }

    /**
     * What Log4j2's {@code JmxRuntimeInputArgumentsLookup} reads when it is instantiated, which every
     * configuration's {@code Interpolator} does: the first read loads and initializes the platform MBean providers.
     *
     * @return the JVM's input arguments, or an empty list when they cannot be read (Log4j2 then reports it)
     */
    static List<String> readJvmArguments() {
        try {
            return ManagementFactory.getRuntimeMXBean().getInputArguments();
        } catch (RuntimeException | LinkageError unreadable) {
            return List.of();
        }
    }

    /** False when {@link LambdaContextSelector} starts Log4j2 on the shipped configuration, past its factories. */
    static boolean log4jAsksItsFactories(ClassLoader loader) {
        String selector = PropertiesUtil.getProperties().getStringProperty(Constants.LOG4J_CONTEXT_SELECTOR);
        return !LambdaContextSelector.class.getName().equals(selector)
                || !ShippedConfigurationRule.applies(loader);
    }

    /**
     * Loads, without initializing, the classes that the plugin caches on {@code loader}'s class path list,
     * from the last to the first: Log4j2 loads the same list from the first on the main thread, often at
     * the same moment, so the two threads meet halfway instead of one trailing the other.
     *
     * @return how many were loaded
     */
    static int loadPluginClasses(ClassLoader loader) throws IOException {
        PluginCache cache = new PluginCache();
        cache.loadCacheFiles(loader.getResources(PLUGIN_CACHE));
        List<String> classNames = new ArrayList<>();
        for (Map<String, PluginEntry> category : cache.getAllCategories().values()) {
            for (PluginEntry entry : category.values()) {
                classNames.add(entry.getClassName());
            }
        }
        int loaded = 0;
        for (int i = classNames.size() - 1; i >= 0; i--) {
            try {
                Class.forName(classNames.get(i), false, loader);
                loaded++;
            } catch (ClassNotFoundException | LinkageError e) {
                // Log4j2 reports the broken entry itself when it reads the cache.
            }
        }
        return loaded;
    }
}
