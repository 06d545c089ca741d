package dev.lambdaobs.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdaobs.core.invocation.Invocation;
import dev.lambdaobs.core.schema.LogFields;
import dev.lambdaobs.test.CapturedStdout;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.StdoutCaptureExtension;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@ExtendWith(StdoutCaptureExtension.class)
class CorrelationIdTest {
    private static final Logger log = LoggerFactory.getLogger(CorrelationIdTest.class);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "apiGatewayProxyEvent.json   | API_GATEWAY_REST          | id=",
            "apiGatewayProxyV2Event.json | API_GATEWAY_HTTP          | id",
            "albEvent.json               | APPLICATION_LOAD_BALANCER | Root=1-5c536348-3d683b8b04734faae651f476",
            "appSyncDirectResolver.json  | APPSYNC_RESOLVER          | Root=1-5f512f51-fac632066c5e848ae714",
            "eventBridgeEvent.json       | EVENT_BRIDGE              | 6a7e8feb-b491-4cf7-a9f1-bf3703467718",
            "lambdaFunctionUrlEvent.json | LAMBDA_FUNCTION_URL       | id",
    })
    void readyMadePathsFindTheIdInRealEvents(String file, String pathName, String expected, CapturedStdout stdout)
            throws ReflectiveOperationException {
        String path = (String) CorrelationIdPaths.class.getField(pathName).get(null);

        assertCorrelationId(SharedEvents.bytes(file), path, expected, stdout);
        stdout.clear();
        assertCorrelationId(SharedEvents.map(file), path, expected, stdout);
    }

    @Test
    void s3ObjectLambdaPathFindsTheS3RequestId(CapturedStdout stdout) {
        assertCorrelationId(resource("/events/s3ObjectLambdaEvent.json"), CorrelationIdPaths.S3_OBJECT_LAMBDA,
                "1a5ed718-5f53-471d-b6fe-5cf62d88d02a", stdout);
    }

    @Test
    void appSyncAuthorizerPathFindsTheAppSyncRequestId(CapturedStdout stdout) {
        assertCorrelationId(resource("/events/appSyncAuthorizerEvent.json"), CorrelationIdPaths.APPSYNC_AUTHORIZER,
                "b80ed838-14c6-4500-b4c3-b694c7bef086", stdout);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "vpcLatticeEvent.json              | VPC_LATTICE    | false",
            "vpcLatticeV2Event.json            | VPC_LATTICE_V2 | false",
            "vpcLatticeV2EventWithHeaders.json | VPC_LATTICE_V2 | true",
    })
    void vpcLatticePathsFindTheCallersTraceHeader(String file, String pathName, boolean listValued,
                                                  CapturedStdout stdout) throws Exception {
        String path = (String) CorrelationIdPaths.class.getField(pathName).get(null);
        String trace = "Root=1-65f1a2b3-0123456789abcdef01234567";
        Map<String, Object> event = MAPPER.readValue(resource("/events/" + file), MAP);
        @SuppressWarnings("unchecked")
        Map<String, Object> headers = (Map<String, Object>) event.get("headers");
        assertThat(headers.values()).as("the sample's own header shape").allMatch(v -> v instanceof List == listValued);
        byte[] unchanged = MAPPER.writeValueAsBytes(event);
        headers.put("x-amzn-trace-id", listValued ? List.of(trace) : trace);

        assertCorrelationId(event, path, trace, stdout);
        stdout.clear();
        TestPipeline.of(TestPipeline.env(), b -> b.correlationIdPath(path))
                .run(unchanged, FakeContext.create(), () -> log.info("no trace header"));
        assertThat(stdout.jsonLines()).singleElement().matches(line -> !line.has(LogFields.CORRELATION_ID));
    }

    @Test
    void userGivenJmesPathExpressionsWork(CapturedStdout stdout) {
        assertCorrelationId(SharedEvents.bytes("apiGatewayProxyEvent.json"),
                "multiValueHeaders.Header2[-1]", "value2", stdout);
    }

    @Test
    void noIdMeansNoKey(CapturedStdout stdout) {
        TestPipeline pipeline = TestPipeline.of(TestPipeline.env(), b -> b.correlationIdPath("no.such.path"));
        pipeline.run(SharedEvents.bytes("eventBridgeEvent.json"), FakeContext.create(), () -> log.info("x"));
        pipeline.run(null, null, () -> log.info("null event and context"));

        assertThat(stdout.jsonLines()).hasSize(2).noneMatch(line -> line.has(LogFields.CORRELATION_ID));
    }

    @Test
    void invalidPathFailsAtStartUpNamingIt() {
        assertThatThrownBy(() -> TestPipeline.of(TestPipeline.env(), b -> b.correlationIdPath("headers.[")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid correlation id path 'headers.['");
    }

    private static void assertCorrelationId(Object event, String path, String expected, CapturedStdout stdout) {
        AtomicReference<String> shared = new AtomicReference<>();
        TestPipeline pipeline = TestPipeline.of(TestPipeline.env(), b -> b.correlationIdPath(path));
        pipeline.run(event, FakeContext.create(), () -> {
            log.info("first");
            log.warn("second");
            shared.set(Invocation.current().orElseThrow().correlationId().orElse(null));
        });

        assertThat(shared.get()).as("set on the shared Invocation for the other modules").isEqualTo(expected);
        assertThat(stdout.jsonLines()).hasSize(2)
                .extracting(line -> line.path(LogFields.CORRELATION_ID).asText())
                .containsOnly(expected);
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() { };

    private static byte[] resource(String name) {
        try (InputStream in = CorrelationIdTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
