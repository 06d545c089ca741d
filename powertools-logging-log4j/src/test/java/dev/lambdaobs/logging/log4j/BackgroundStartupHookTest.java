package dev.lambdaobs.logging.log4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;
import org.apache.logging.log4j.util.PropertySource;
import org.junit.jupiter.api.Test;

class BackgroundStartupHookTest {

    @Test
    void log4jFindsTheHookAmongItsPropertySourcesAndItSuppliesNoProperty() {
        PropertySource hook = ServiceLoader.load(PropertySource.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(BackgroundStartupHook.class::isInstance)
                .findFirst().orElseThrow();

        assertThat(hook.getPropertyNames()).isEmpty();
        assertThat(hook.getProperty("log4j2.configurationFile")).isNull();
    }
}
