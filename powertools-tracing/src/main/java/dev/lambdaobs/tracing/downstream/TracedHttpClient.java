package dev.lambdaobs.tracing.downstream;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/** An {@link HttpClient} whose calls are observed by {@link HttpCalls}; everything else is the wrapped client's. */
final class TracedHttpClient extends HttpClient {
    private final HttpClient delegate;
    private final HttpCalls calls;

    TracedHttpClient(HttpClient delegate, HttpCalls calls) {
        this.delegate = delegate;
        this.calls = calls;
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        HttpCalls.HttpCall call = calls.start(request);
        if (call == null) {
            return delegate.send(request, handler);
        }
        HttpResponse<T> response;
        try {
            response = delegate.send(withHeaders(request, call), handler);
        } catch (IOException | InterruptedException | RuntimeException | Error failure) {
            call.end(null, failure);
            throw failure;
        }
        call.end(response, null);
        return response;
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        return sendAsync(request, handler, null);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
                                                            HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
        HttpCalls.HttpCall call = calls.start(request);
        HttpRequest sent = call == null ? request : withHeaders(request, call);
        CompletableFuture<HttpResponse<T>> response = pushPromiseHandler == null
                ? delegate.sendAsync(sent, handler) : delegate.sendAsync(sent, handler, pushPromiseHandler);
        if (call == null) {
            return response;
        }
        return response.whenComplete((result, failure) ->
                call.end(result, failure instanceof CompletionException wrapped && wrapped.getCause() != null
                        ? wrapped.getCause() : failure));
    }

    /** A copy of {@code request} with the call's propagation headers set (replacing any of the same name). */
    private static HttpRequest withHeaders(HttpRequest request, HttpCalls.HttpCall call) {
        HttpRequest.Builder copy = HttpRequest.newBuilder(request, (name, value) -> true);
        call.headers().forEach(copy::setHeader);
        return copy.build();
    }

    @Override public Optional<CookieHandler> cookieHandler() { return delegate.cookieHandler(); }
    @Override public Optional<Duration> connectTimeout() { return delegate.connectTimeout(); }
    @Override public Redirect followRedirects() { return delegate.followRedirects(); }
    @Override public Optional<ProxySelector> proxy() { return delegate.proxy(); }
    @Override public SSLContext sslContext() { return delegate.sslContext(); }
    @Override public SSLParameters sslParameters() { return delegate.sslParameters(); }
    @Override public Optional<Authenticator> authenticator() { return delegate.authenticator(); }
    @Override public Version version() { return delegate.version(); }
    @Override public Optional<Executor> executor() { return delegate.executor(); }
    @Override public WebSocket.Builder newWebSocketBuilder() { return delegate.newWebSocketBuilder(); }
}
