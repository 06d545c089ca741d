package dev.lambdaobs.tracing.otel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DatagramBufferTest {

    @Test
    void base64IsTheJdksForEveryLengthAndPadding() {
        Random random = new Random(42);
        for (int length = 0; length < 200; length++) {
            byte[] data = new byte[length + 3];
            random.nextBytes(data);
            DatagramBuffer buffer = DatagramBuffer.forThisThread();
            buffer.writeBytes("T1S".getBytes(StandardCharsets.US_ASCII));
            buffer.writeBase64(data, length);

            String expected = "T1S" + Base64.getEncoder().encodeToString(Arrays.copyOf(data, length));
            assertThat(new String(buffer.toByteArray(), StandardCharsets.US_ASCII)).isEqualTo(expected);
        }
    }

    @Test
    void theDirectBufferHoldsExactlyTheWrittenBytesAtEverySize() {
        Random random = new Random(11);
        for (int length : new int[] {0, 1, 2_000, 48_000, 5}) {
            byte[] data = new byte[length];
            random.nextBytes(data);
            DatagramBuffer buffer = DatagramBuffer.forThisThread();
            buffer.writeBase64(data, length);

            java.nio.ByteBuffer direct = buffer.direct();
            byte[] sent = new byte[direct.remaining()];
            direct.get(sent);
            assertThat(direct.isDirect()).isTrue();
            assertThat(sent).isEqualTo(buffer.toByteArray());
        }
    }

    @Test
    void aConstantPartEncodedOnceIsTheJdksBase64AtEveryOffsetAndLength() {
        Random random = new Random(5);
        for (int constantLength : new int[] {0, 1, 2, 3, 4, 5, 7, 200}) {
            byte[] constant = new byte[constantLength];
            random.nextBytes(constant);
            for (int round = 0; round < 2; round++) { // the second round reuses what the first encoded
                for (int at = 0; at < 8; at++) {
                    for (int after = 0; after < 8; after++) {
                        byte[] data = new byte[at + constantLength + after + 5];
                        random.nextBytes(data);
                        System.arraycopy(constant, 0, data, at, constantLength);
                        int length = at + constantLength + after;
                        DatagramBuffer buffer = DatagramBuffer.forThisThread();
                        buffer.writeBytes("T1S".getBytes(StandardCharsets.US_ASCII));
                        buffer.writeBase64(data, length, constant, at);

                        String expected = "T1S" + Base64.getEncoder().encodeToString(Arrays.copyOf(data, length));
                        assertThat(new String(buffer.toByteArray(), StandardCharsets.US_ASCII))
                                .as("constant %d bytes at %d, %d after", constantLength, at, after).isEqualTo(expected);
                    }
                }
            }
        }
    }

    @Test
    void anotherConstantArrayIsEncodedAfresh() {
        byte[] first = "resource one, long enough".getBytes(StandardCharsets.US_ASCII);
        byte[] second = "another resource, as long".getBytes(StandardCharsets.US_ASCII);
        for (byte[] constant : new byte[][] {first, second, first}) {
            byte[] data = new byte[constant.length + 4];
            System.arraycopy(constant, 0, data, 2, constant.length);
            DatagramBuffer buffer = DatagramBuffer.forThisThread();
            buffer.writeBase64(data, data.length, constant, 2);
            assertThat(new String(buffer.toByteArray(), StandardCharsets.US_ASCII))
                    .isEqualTo(Base64.getEncoder().encodeToString(data));
        }
    }

    @Test
    void growsPastItsInitialCapacity() {
        byte[] data = new byte[48_000];
        new Random(7).nextBytes(data);
        DatagramBuffer buffer = DatagramBuffer.forThisThread();
        buffer.writeBase64(data, data.length);
        assertThat(Base64.getDecoder().decode(buffer.toByteArray())).isEqualTo(data);
    }
}
