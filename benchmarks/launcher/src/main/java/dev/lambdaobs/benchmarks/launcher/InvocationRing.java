package dev.lambdaobs.benchmarks.launcher;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;

/**
 * Pre-built inputs for warm invocations, cycled so that measuring a warm invocation measures the handler and
 * not the building of its event. Not thread-safe: one ring per measuring thread.
 *
 * <p>Example: {@code InvocationRing ring = new InvocationRing(256); ring.invoke(handler);}
 */
public final class InvocationRing {
    private final APIGatewayProxyRequestEvent[] events;
    private final BenchContext[] contexts;
    private int next;

    /** Inputs for invocations 1..size (invocation 0 is the cold one). */
    public InvocationRing(int size) {
        events = new APIGatewayProxyRequestEvent[size];
        contexts = new BenchContext[size];
        for (int i = 0; i < size; i++) {
            events[i] = Invocations.event(i + 1);
            contexts[i] = Invocations.context(i + 1);
        }
    }

    /** Publishes the next trace header as the runtime does, then invokes the handler with the next inputs. */
    public APIGatewayProxyResponseEvent invoke(
            RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> handler) {
        int i = next;
        next = i + 1 == events.length ? 0 : i + 1;
        Invocations.publishTraceHeader(contexts[i].getXrayTraceId());
        return handler.handleRequest(events[i], contexts[i]);
    }
}
