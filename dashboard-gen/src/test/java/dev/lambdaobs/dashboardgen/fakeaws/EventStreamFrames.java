package dev.lambdaobs.dashboardgen.fakeaws;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Encodes messages of the AWS event stream format ({@code application/vnd.amazon.eventstream}) as a
 * service sends them: a prelude (total length, headers length, prelude CRC32), string headers, the
 * payload, and the message CRC32, all lengths big-endian.
 */
final class EventStreamFrames {
    /** Header value type 7: a string with a 2-byte length. */
    private static final byte STRING_TYPE = 7;
    private static final int PRELUDE_LENGTH = 12;
    private static final int CRC_LENGTH = 4;

    private EventStreamFrames() {
    }

    /** An {@code event} message: {@code :event-type} {@code eventType}, a JSON payload. */
    static byte[] event(String eventType, String jsonPayload) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(":message-type", "event");
        headers.put(":event-type", eventType);
        headers.put(":content-type", "application/json");
        return message(headers, jsonPayload.getBytes(StandardCharsets.UTF_8));
    }

    /** An {@code exception} message: a modeled error of the stream (e.g. SessionTimeoutException). */
    static byte[] exception(String exceptionType, String message) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(":message-type", "exception");
        headers.put(":exception-type", exceptionType);
        headers.put(":content-type", "application/json");
        String payload = FakeAwsServer.JSON.createObjectNode().put("message", message).toString();
        return message(headers, payload.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] message(Map<String, String> headers, byte[] payload) {
        ByteArrayOutputStream encodedHeaders = new ByteArrayOutputStream();
        headers.forEach((name, value) -> {
            byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
            byte[] valueBytes = value.getBytes(StandardCharsets.UTF_8);
            encodedHeaders.write(nameBytes.length);
            encodedHeaders.writeBytes(nameBytes);
            encodedHeaders.write(STRING_TYPE);
            encodedHeaders.write(valueBytes.length >> 8);
            encodedHeaders.write(valueBytes.length & 0xff);
            encodedHeaders.writeBytes(valueBytes);
        });
        byte[] headerBytes = encodedHeaders.toByteArray();
        int total = PRELUDE_LENGTH + headerBytes.length + payload.length + CRC_LENGTH;
        ByteBuffer frame = ByteBuffer.allocate(total);
        frame.putInt(total).putInt(headerBytes.length);
        frame.putInt((int) crc(frame.array(), 8));
        frame.put(headerBytes).put(payload);
        frame.putInt((int) crc(frame.array(), total - CRC_LENGTH));
        return frame.array();
    }

    private static long crc(byte[] bytes, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, length);
        return crc.getValue();
    }
}
