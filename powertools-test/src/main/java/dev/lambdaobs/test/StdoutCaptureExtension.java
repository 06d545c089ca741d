package dev.lambdaobs.test;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Captures {@code System.out} around each test and passes it as a {@link CapturedStdout} parameter.
 *
 * <pre>{@code
 * @ExtendWith(StdoutCaptureExtension.class)
 * class OrderHandlerTest {
 *     @Test
 *     void logsTheOrder(CapturedStdout stdout) {
 *         handler.handleRequest(event, FakeContext.create());
 *         assertThat(stdout.jsonLines()).anyMatch(line -> line.path("order_id").asText().equals("o-1"));
 *     }
 * }
 * }</pre>
 */
public final class StdoutCaptureExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(StdoutCaptureExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NAMESPACE).put(CapturedStdout.class, CapturedStdout.start());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        CapturedStdout stdout = context.getStore(NAMESPACE).remove(CapturedStdout.class, CapturedStdout.class);
        if (stdout != null) {
            stdout.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == CapturedStdout.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).get(CapturedStdout.class, CapturedStdout.class);
    }
}
