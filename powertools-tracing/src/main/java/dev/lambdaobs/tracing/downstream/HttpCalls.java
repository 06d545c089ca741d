package dev.lambdaobs.tracing.downstream;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** How a traced {@link java.net.http.HttpClient} observes its calls: one backend's way. */
interface HttpCalls {

    /** Starts observing {@code request}, about to be sent; null when the call is not traced. Never throws. */
    HttpCall start(HttpRequest request);

    /** One observed call. */
    interface HttpCall {
        /** The headers the request carries downstream (trace propagation). */
        Map<String, String> headers();

        /** The call ended with {@code response}, or with {@code failure} (then response is null). Never throws. */
        void end(HttpResponse<?> response, Throwable failure);
    }
}
