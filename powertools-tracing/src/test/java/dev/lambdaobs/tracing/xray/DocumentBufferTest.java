package dev.lambdaobs.tracing.xray;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class DocumentBufferTest {

    @Test
    void aThreadGetsItsOwnBufferBackEmptyForEachDocument() throws Exception {
        DocumentBuffer first = DocumentBuffer.forThisThread();
        first.write(new byte[] {1, 2, 3}, 0, 3);

        DocumentBuffer second = DocumentBuffer.forThisThread();
        DocumentBuffer otherThreads = CompletableFuture.supplyAsync(DocumentBuffer::forThisThread).get();

        assertThat(second).isSameAs(first);
        assertThat(second.size()).isZero();
        assertThat(otherThreads).isNotSameAs(first);
    }

    @Test
    void aBufferThatGrewPastWhatIsKeptIsReplaced() {
        DocumentBuffer grown = DocumentBuffer.forThisThread();
        grown.write(new byte[40_000], 0, 40_000);

        DocumentBuffer next = DocumentBuffer.forThisThread();

        assertThat(next).isNotSameAs(grown);
        assertThat(next.bytes().length).isLessThan(40_000);
        assertThat(DocumentBuffer.forThisThread()).isSameAs(next);
    }

    @Test
    void aBufferThatGrewPastWhatIsKeptIsLetGoWhenItsDocumentIsDone() {
        DocumentBuffer grown = DocumentBuffer.forThisThread();
        grown.write(new byte[40_000], 0, 40_000);
        grown.done();
        DocumentBuffer small = DocumentBuffer.forThisThread();
        small.done();

        assertThat(small).isNotSameAs(grown);
        assertThat(DocumentBuffer.forThisThread()).isSameAs(small);
    }
}
