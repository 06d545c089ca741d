package dev.lambdaobs.logging.log4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaobs.core.startup.StartupTask;
import dev.lambdaobs.logging.VerboseClassJvm;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.logging.log4j.core.config.plugins.processor.PluginCache;
import org.apache.logging.log4j.core.config.plugins.processor.PluginEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Log4jStartupTest {
    private static final String INITIALIZED = "lambdaobs.test.plugin.initialized";

    /** A stand-in plugin whose initialization can be seen from outside its class loader. */
    public static final class MarkedPlugin {
        static {
            System.setProperty(INITIALIZED, "true");
        }
    }

    /** A second stand-in, listed after the first. */
    public static final class LaterPlugin {
    }

    /** A loader that defines the test classes itself, so what it has loaded is its own. */
    private static final class IsolatedLoader extends URLClassLoader {
        private final List<String> requested = new CopyOnWriteArrayList<>();

        IsolatedLoader(URL... urls) {
            super(urls, ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            requested.add(name);
            return super.loadClass(name, resolve);
        }

        boolean hasLoaded(String name) {
            return findLoadedClass(name) != null;
        }
    }

    @Test
    void isTheLoggingModulesTaskAndRunsBeforeTheOtherModules() {
        StartupTask task = ServiceLoader.load(StartupTask.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(Log4jStartup.class::isInstance)
                .findFirst().orElseThrow();

        assertThat(task.module()).isEqualTo("logging");
        assertThat(task.order()).isLessThan(StartupTask.DEFAULT_ORDER);
    }

    @Test
    void loadsTheClassesOfThePluginCacheWithoutInitializingThemAndSkipsAMissingOne(@TempDir Path root)
            throws Exception {
        writePluginCache(root, ordered(
                "marked", MarkedPlugin.class.getName(),
                "missing", "com.example.NoSuchPlugin"));
        URL testClasses = MarkedPlugin.class.getProtectionDomain().getCodeSource().getLocation();
        System.clearProperty(INITIALIZED);

        try (IsolatedLoader loader = new IsolatedLoader(root.toUri().toURL(), testClasses)) {
            int loaded = Log4jStartup.loadPluginClasses(loader);

            assertThat(loaded).isEqualTo(1);
            assertThat(loader.hasLoaded(MarkedPlugin.class.getName())).isTrue();
            assertThat(System.getProperty(INITIALIZED)).isNull();
            // The marker works: initializing the class is seen.
            Class.forName(MarkedPlugin.class.getName(), true, loader);
            assertThat(System.getProperty(INITIALIZED)).isEqualTo("true");
        } finally {
            System.clearProperty(INITIALIZED);
        }
    }

    @Test
    void loadsThePluginsFromTheEndOfTheListWhereLog4jStartsAtTheBeginning(@TempDir Path root) throws Exception {
        // Log4j2's cache keeps a category's entries sorted by key: "first" is read, and loaded, first.
        writePluginCache(root, ordered(
                "first", MarkedPlugin.class.getName(),
                "second", LaterPlugin.class.getName()));
        URL testClasses = MarkedPlugin.class.getProtectionDomain().getCodeSource().getLocation();
        System.clearProperty(INITIALIZED);

        try (IsolatedLoader loader = new IsolatedLoader(root.toUri().toURL(), testClasses)) {
            Log4jStartup.run(loader);

            assertThat(loader.requested).containsSubsequence(LaterPlugin.class.getName(), MarkedPlugin.class.getName());
            assertThat(loader.hasLoaded(Log4jStartup.JACKSON_PROBE)).as("no Jackson on this loader's path").isFalse();
        } finally {
            System.clearProperty(INITIALIZED);
        }
    }

    @Test
    void findsLog4jsOwnPluginsOnTheClassPath() throws Exception {
        try (IsolatedLoader loader = new IsolatedLoader(
                PluginCache.class.getProtectionDomain().getCodeSource().getLocation())) {
            int loaded = Log4jStartup.loadPluginClasses(loader);

            assertThat(loaded).isGreaterThan(100);
            assertThat(loader.hasLoaded("org.apache.logging.log4j.core.appender.ConsoleAppender")).isTrue();
        }
    }

    @Test
    void readsTheJvmArgumentsAsLog4jsLookupWillSoTheMainThreadFindsThePlatformMBeansReady() throws Exception {
        List<String> lines = VerboseClassJvm.run(List.of(), JvmArgumentsProbeMain.class);
        int start = lines.indexOf(JvmArgumentsProbeMain.START);
        int done = lines.indexOf(JvmArgumentsProbeMain.DONE);
        assertThat(start).as(String.join("\n", lines)).isNotNegative().isLessThan(done);

        assertThat(lines.subList(0, start)).noneMatch(line -> line.contains(" sun.management.RuntimeImpl "));
        assertThat(lines.subList(start, done)).anyMatch(line -> line.contains(" sun.management.RuntimeImpl "));
        assertThat(Log4jStartup.readJvmArguments()).isEqualTo(ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    private static Map<String, String> ordered(String... namesAndClasses) {
        Map<String, String> ordered = new LinkedHashMap<>();
        for (int i = 0; i < namesAndClasses.length; i += 2) {
            ordered.put(namesAndClasses[i], namesAndClasses[i + 1]);
        }
        return ordered;
    }

    private static void writePluginCache(Path root, Map<String, String> classesByName) throws Exception {
        PluginCache cache = new PluginCache();
        Map<String, PluginEntry> category = cache.getCategory("core");
        classesByName.forEach((name, className) -> {
            PluginEntry entry = new PluginEntry();
            entry.setKey(name);
            entry.setName(name);
            entry.setClassName(className);
            entry.setCategory("core");
            category.put(name, entry);
        });
        Path file = root.resolve(Log4jStartup.PLUGIN_CACHE);
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            cache.writeCache(out);
        }
    }
}
