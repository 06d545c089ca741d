package dev.lambdaobs.examples.localrun;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;

/**
 * In-memory SQS queues for the local run: {@code SendMessage}, answering with the body and
 * attribute MD5 digests the SDK checks. The run later hands the sent messages to the consumer
 * function as SQS events, as the event source mapping would.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-message-metadata.html#sqs-attributes-md5-message-digest-calculation">MD5 of message attributes</a>
 */
final class SqsStandIn implements AwsStandIn.Service {
    static final String TARGET_PREFIX = "AmazonSQS";
    private static final byte STRING_TRANSPORT = 1;
    private static final byte BINARY_TRANSPORT = 2;

    /** A message as the queue received it. */
    record SentMessage(String queueUrl, String messageId, String body, JsonNode attributes) {
    }

    private final List<SentMessage> sent = new ArrayList<>();

    @Override
    public synchronized JsonNode handle(String operation, JsonNode request) throws AwsStandIn.ServiceError {
        if (!operation.equals("SendMessage")) {
            throw new AwsStandIn.ServiceError("com.amazonaws.sqs#UnsupportedOperation", "stand-in does not implement " + operation);
        }
        String body = request.path("MessageBody").asText();
        JsonNode attributes = request.path("MessageAttributes");
        SentMessage message = new SentMessage(request.path("QueueUrl").asText(), UUID.randomUUID().toString(), body, attributes);
        sent.add(message);
        var response = JsonNodeFactory.instance.objectNode()
                .put("MessageId", message.messageId())
                .put("MD5OfMessageBody", md5Hex(body.getBytes(StandardCharsets.UTF_8)));
        if (attributes.size() > 0) {
            response.put("MD5OfMessageAttributes", attributesMd5(attributes));
        }
        return response;
    }

    /** Every message sent so far, in order. */
    synchronized List<SentMessage> sent() {
        return List.copyOf(sent);
    }

    /** The digest SQS computes over the attributes: sorted by name, each field length-prefixed. */
    static String attributesMd5(JsonNode attributes) {
        var sorted = new TreeMap<String, JsonNode>();
        attributes.fields().forEachRemaining(e -> sorted.put(e.getKey(), e.getValue()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        sorted.forEach((name, value) -> {
            lengthPrefixed(bytes, name.getBytes(StandardCharsets.UTF_8));
            lengthPrefixed(bytes, value.path("DataType").asText().getBytes(StandardCharsets.UTF_8));
            if (value.hasNonNull("BinaryValue")) {
                bytes.write(BINARY_TRANSPORT);
                lengthPrefixed(bytes, Base64.getDecoder().decode(value.get("BinaryValue").asText()));
            } else {
                bytes.write(STRING_TRANSPORT);
                lengthPrefixed(bytes, value.path("StringValue").asText().getBytes(StandardCharsets.UTF_8));
            }
        });
        return md5Hex(bytes.toByteArray());
    }

    private static void lengthPrefixed(ByteArrayOutputStream out, byte[] value) {
        out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(value.length).array());
        out.writeBytes(value);
    }

    static String md5Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is a required JDK algorithm", e);
        }
    }
}
