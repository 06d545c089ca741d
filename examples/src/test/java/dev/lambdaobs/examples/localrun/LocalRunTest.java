package dev.lambdaobs.examples.localrun;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdaobs.core.invocation.TraceHeader;
import dev.lambdaobs.examples.support.SharedSchemas;
import dev.lambdaobs.test.FakeXRayDaemon;
import dev.lambdaobs.test.ReceivedSpan;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main job's scenario, every function under the real runtime client, then its {@code datagrams.jsonl}
 * decoded: each invocation of an OpenTelemetry function is one {@code ## handleRequest} span in its own
 * trace plus one CLIENT span for each DynamoDB and SQS call it made (the call's {@code X-Amzn-Trace-Id}
 * names that span); the {@code xray-sdk} function's documents are in {@code segments.jsonl}; every line
 * each invocation wrote is in {@code logs.jsonl}. Linux only.
 */
@EnabledOnOs(OS.LINUX)
class LocalRunTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The client span each stand-in target becomes: {@code rpc.service.rpc.method}, as the SDK names them. */
    private static final Map<String, String> SERVICE_OF_TARGET = Map.of(DynamoDbStandIn.TARGET_PREFIX, "DynamoDb",
            SqsStandIn.TARGET_PREFIX, "Sqs");

    /**
     * The lines each invocation writes to stdout, in the scenario's order. A warm one writes its log lines and
     * EMF documents (CreateOrder, GetOrder: a log line, its metrics, the invocation metrics; ProcessPayment:
     * two log lines, two documents; ShipOrder: two and one; DailyReport: one and one), the cold one its
     * ColdStart document too; the declined payment (ProcessPayment's last) also the runtime client's report
     * of the error, which it writes after posting the error. The last invocation of each function counts like
     * the others: the harness lets the runtime finish and reads its output to the end.
     */
    private static final Map<String, List<Integer>> LINES_PER_INVOCATION = Map.of(
            ExampleFunctions.CREATE_ORDER.functionName(), List.of(4, 3, 3, 3),
            ExampleFunctions.GET_ORDER.functionName(), List.of(4, 3, 3, 3),
            ExampleFunctions.PROCESS_PAYMENT.functionName(), List.of(5, 4, 5),
            ExampleFunctions.SHIP_ORDER.functionName(), List.of(4, 3),
            ExampleFunctions.DAILY_REPORT.functionName(), List.of(3, 2));

    @TempDir
    static Path out;
    private static ScenarioRun run;
    private static final FakeXRayDaemon DECODER = FakeXRayDaemon.start();
    private static List<String> datagrams;

    @BeforeAll
    static void playTheScenarioAndDecodeItsDatagrams() throws Exception {
        List<Path> runtimeJars;
        try (Stream<Path> jars = Files.list(Path.of(System.getProperty("lambdaobs.examples.runtimeDir", "target/lambda-runtime")))) {
            runtimeJars = jars.map(Path::toAbsolutePath).sorted().toList();
        }
        Path taskRoot = Path.of(System.getProperty("lambdaobs.examples.taskRoot", "target/lambda-task")).toAbsolutePath();
        run = LocalRun.play(runtimeJars, taskRoot, Path.of("events"), out);

        datagrams = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve(RunFiles.DATAGRAMS))) {
            JsonNode object = JSON.readTree(line);
            assertThat(object.size()).as(line).isEqualTo(1);
            datagrams.add(object.path(RunFiles.DATAGRAM).asText());
        }
        // The test kit's daemon stand-in decodes both formats: hand it every datagram as it was received.
        try (DatagramSocket sender = new DatagramSocket()) {
            for (String datagram : datagrams) {
                byte[] bytes = datagram.getBytes(StandardCharsets.UTF_8);
                sender.send(new DatagramPacket(bytes, bytes.length, InetAddress.getLoopbackAddress(), DECODER.port()));
            }
        }
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (DECODER.rawDatagrams().size() < datagrams.size() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    @AfterAll
    static void stopTheDecoder() {
        DECODER.close();
    }

    @Test
    void everyInvocationsLinesAreInTheLogsFileTheLastOnesToo() throws Exception {
        Map<String, Integer> linesOf = new HashMap<>();
        for (String line : Files.readAllLines(out.resolve(RunFiles.LOGS))) {
            JsonNode object = JSON.readTree(line);
            assertThat(object.isObject()).as("one JSON object per line: %s", line).isTrue();
            // Our lines name the request in function_request_id, the runtime client's in AWSRequestId.
            String requestId = object.path("function_request_id").asText(object.path("AWSRequestId").asText());
            linesOf.merge(requestId, 1, Integer::sum);
        }
        Map<String, List<Integer>> counted = new HashMap<>();
        for (InvocationRecord record : run.records()) {
            counted.computeIfAbsent(record.function(), function -> new ArrayList<>()).add(linesOf.getOrDefault(record.requestId(), 0));
        }
        assertThat(counted).isEqualTo(LINES_PER_INVOCATION);
        assertThat(linesOf.keySet()).as("every line names an invocation of the run")
                .containsExactlyInAnyOrderElementsOf(run.records().stream().map(InvocationRecord::requestId).toList());
    }

    @Test
    void everyDatagramIsKeptAndDecodes() {
        assertThat(run.records()).as("every function answered").allMatch(r -> r.outcome().succeeded()
                || r.outcome().kind() == InvocationOutcome.Kind.FUNCTION_ERROR);
        assertThat(datagrams).isNotEmpty();
        assertThat(DECODER.rawDatagrams()).containsExactlyInAnyOrderElementsOf(datagrams);
        assertThat(DECODER.malformedDatagrams()).isEmpty();
    }

    @Test
    void eachOpenTelemetryInvocationIsOneHandlerSpanInItsTracePlusAClientSpanPerAwsCall() {
        List<ReceivedSpan> spans = DECODER.spans();
        List<InvocationRecord> otel = run.records().stream()
                .filter(r -> !r.function().equals(ExampleFunctions.DAILY_REPORT.functionName())).toList();
        assertThat(otel).hasSize(13);
        for (InvocationRecord invocation : otel) {
            List<ReceivedSpan> trace = spans.stream().filter(s -> s.xrayTraceId().equals(invocation.traceId())).toList();
            List<ReceivedSpan> handlers = trace.stream().filter(s -> s.name().equals("## handleRequest")).toList();
            assertThat(handlers).as("%s %s", invocation.function(), invocation.requestId()).hasSize(1);
            List<ReceivedSpan> clients = trace.stream().filter(s -> s.kind().equals("SPAN_KIND_CLIENT")).toList();
            List<AwsStandIn.Call> calls = run.tracedCalls().stream()
                    .filter(call -> TraceHeader.parse(call.traceHeader()).map(TraceHeader::root).orElse("").equals(invocation.traceId()))
                    .toList();
            assertThat(clients).as("one client span per AWS call of %s", invocation.requestId()).hasSameSizeAs(calls);
            for (AwsStandIn.Call call : calls) {
                String parent = TraceHeader.parse(call.traceHeader()).orElseThrow().parent().orElseThrow();
                ReceivedSpan client = clients.stream().filter(s -> s.spanId().equals(parent)).findFirst()
                        .orElseThrow(() -> new AssertionError("no client span " + parent + " for " + call));
                assertThat(client.name()).isEqualTo(spanName(call.target()));
                assertThat(client.attributes()).containsEntry("rpc.system", "aws-api");
                assertThat(TraceHeader.parse(call.traceHeader()).orElseThrow().others()).containsKey("Lineage");
                assertThat(descendsFrom(client, handlers.get(0), trace)).as("%s under the handler span", client.name()).isTrue();
            }
        }
        assertThat(spans).filteredOn(s -> s.kind().equals("SPAN_KIND_CLIENT")).extracting(ReceivedSpan::name)
                .contains("DynamoDb.PutItem", "DynamoDb.GetItem", "Sqs.SendMessage");
    }

    @Test
    void theXRaySdkFunctionsDocumentsAreInTheSegmentsFile() throws Exception {
        List<JsonNode> documents = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve(RunFiles.SEGMENTS))) {
            documents.add(JSON.readTree(line));
        }
        documents.forEach(SharedSchemas::assertValidSegment);
        List<InvocationRecord> reports = run.records().stream()
                .filter(r -> r.function().equals(ExampleFunctions.DAILY_REPORT.functionName())).toList();
        assertThat(reports).hasSize(2);
        for (InvocationRecord report : reports) {
            assertThat(documents).filteredOn(d -> d.path("trace_id").asText().equals(report.traceId())).singleElement()
                    .satisfies(document -> {
                        assertThat(document.path("name").asText()).isEqualTo("## handleRequest");
                        assertThat(document.path("subsegments")).anySatisfy(call ->
                                assertThat(call.path("name").asText()).isEqualTo("DynamoDb"));
                    });
            assertThat(DECODER.spans()).noneMatch(s -> s.xrayTraceId().equals(report.traceId()));
        }
    }

    private static String spanName(String target) {
        int dot = target.indexOf('.');
        return SERVICE_OF_TARGET.get(target.substring(0, dot)) + target.substring(dot);
    }

    private static boolean descendsFrom(ReceivedSpan span, ReceivedSpan ancestor, List<ReceivedSpan> trace) {
        ReceivedSpan current = span;
        for (int depth = 0; depth < trace.size() && current != null; depth++) {
            if (current.parentSpanId().equals(ancestor.spanId())) {
                return true;
            }
            String parent = current.parentSpanId();
            current = trace.stream().filter(s -> s.spanId().equals(parent)).findFirst().orElse(null);
        }
        return false;
    }
}
