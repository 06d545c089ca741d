package dev.lambdaobs.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(StdoutCaptureExtension.class)
class CapturedStdoutTest {

    @Test
    void givesBackWhatWasPrintedAsParsedJson(CapturedStdout stdout) {
        System.out.println("{\"level\":\"INFO\",\"n\":1}");
        System.out.print("{\"level\":\"ERROR\",\"n\":2}\n");

        assertThat(stdout.jsonLines()).extracting(line -> line.path("n").asInt()).containsExactly(1, 2);
        assertThat(stdout.jsonLines().get(1).path("level").asText()).isEqualTo("ERROR");
    }

    @Test
    void aLineThatIsNotJsonFailsNamingTheLine(CapturedStdout stdout) {
        System.out.println("plain text");

        assertThatThrownBy(stdout::jsonLines).isInstanceOf(AssertionError.class).hasMessageContaining("plain text");
    }

    @Test
    void keepsEveryLineFromManyThreads(CapturedStdout stdout) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int id = t;
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 50; i++) {
                    System.out.println("{\"thread\":" + id + ",\"i\":" + i + "}");
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(stdout.jsonLines()).hasSize(400);
    }

    @Test
    void restoresTheOriginalStreamWhenClosed() {
        PrintStream before = System.out;
        CapturedStdout capture = CapturedStdout.start();
        assertThat(System.out).isNotSameAs(before);
        capture.close();
        assertThat(System.out).isSameAs(before);
    }

    @Test
    void clearForgetsEarlierLines(CapturedStdout stdout) {
        System.out.println("{\"n\":1}");
        stdout.clear();
        System.out.println("{\"n\":2}");
        assertThat(stdout.lines()).containsExactly("{\"n\":2}");
    }
}
