package dev.lambdaobs.core.invocation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaobs.core.TestContexts;
import dev.lambdaobs.core.config.PowertoolsConfig;
import dev.lambdaobs.core.pipeline.Observability;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InvocationWrapTest {
    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private final Observability observability = Observability.builder()
            .config(PowertoolsConfig.from(Map.of())).coldStart(ColdStart.newEnvironment()).build();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void wrappedTasksRunWithTheSubmittingInvocationCurrentAndLeaveTheWorkerClean() throws Exception {
        String[] seen = observability.call(null, TestContexts.of("req-42"), () -> {
            Future<String> callable = pool.submit(Invocation.wrap(() -> requestId(Invocation.current())));
            CompletableFuture<String> runnable = new CompletableFuture<>();
            Invocation.wrap(pool).execute(() -> runnable.complete(requestId(Invocation.current())));
            Future<String> unwrapped = pool.submit(() -> requestId(Invocation.current()));
            return new String[] {callable.get(), runnable.get(), unwrapped.get()};
        });

        assertThat(seen).containsExactly("req-42", "req-42", "none");
        assertThat(pool.submit(() -> Invocation.current().isPresent()).get()).isFalse();
    }

    @Test
    void outsideAnInvocationTheTaskIsReturnedAsItIs() {
        Runnable task = () -> { };
        assertThat(Invocation.wrap(task)).isSameAs(task);
    }

    private static String requestId(Optional<Invocation> invocation) {
        return invocation.map(i -> i.facts().requestId()).orElse("none");
    }
}
