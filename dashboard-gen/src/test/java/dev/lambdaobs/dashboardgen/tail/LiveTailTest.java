package dev.lambdaobs.dashboardgen.tail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaobs.dashboardgen.fakeaws.FakeAws;
import dev.lambdaobs.dashboardgen.fakeaws.FakeLiveTail;
import dev.lambdaobs.dashboardgen.insights.ResultTable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsAsyncClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.LiveTailSessionLogEvent;

class LiveTailTest {

    @Test
    void stopEndsTheTailAndClosesItsSessionsWhileTheClientStaysOpen() throws Exception {
        try (FakeAws aws = new FakeAws(); CloudWatchLogsAsyncClient logs = aws.clients().logsAsync()) {
            FakeLiveTail liveTail = new FakeLiveTail(aws.server).answerWith(List.of("{\"level\":\"INFO\",\"message\":\"order placed\"}"));
            List<LiveTailSessionLogEvent> received = Collections.synchronizedList(new ArrayList<>());
            List<String> progress = Collections.synchronizedList(new ArrayList<>());
            LiveTail tail = new LiveTail(logs, received::add, progress::add);
            Thread signal = new Thread(() -> {
                while (received.isEmpty()) {
                    Thread.onSpinWait();
                }
                tail.stop();
            });
            signal.start();

            LiveTail.Ending ending = tail.run(new TailRun(LogGroupArns.sessions(List.of("/aws/lambda/a", "/aws/lambda/b"),
                    Region.US_EAST_1, FakeAws.ACCOUNT), Optional.empty(), OptionalLong.empty(), Optional.empty()));

            assertThat(ending).isEqualTo(LiveTail.Ending.STOPPED);
            assertThat(tail.events()).isEqualTo(1);
            assertThat(received.get(0).message()).contains("order placed");
            assertThat(progress).containsExactly("live tail session session-1 over 2 log group(s)");
            for (int i = 0; i < 100 && liveTail.closedByClient() == 0; i++) {
                Thread.sleep(50);
            }
            assertThat(liveTail.closedByClient()).as("the stream closed by the tail, not by closing the client").isEqualTo(1);
        }
    }

    @Test
    void logGroupNamesBecomeArnsInTheCallersPartitionTenPerSession() {
        List<String> groups = new ArrayList<>();
        for (int i = 1; i <= 21; i++) {
            groups.add("/aws/lambda/fn-" + i);
        }

        List<List<String>> sessions = LogGroupArns.sessions(groups, Region.CN_NORTH_1, "123456789012");

        assertThat(sessions).extracting(List::size).containsExactly(10, 10, 1);
        assertThat(sessions.get(0).get(0)).isEqualTo("arn:aws-cn:logs:cn-north-1:123456789012:log-group:/aws/lambda/fn-1");
        assertThat(LogGroupArns.arn("arn:aws:logs:us-east-1:111122223333:log-group:shared:*", Region.EU_WEST_1, "1"))
                .isEqualTo("arn:aws:logs:us-east-1:111122223333:log-group:shared");
    }

    @Test
    void linesWithoutOurFieldsStillPrintReadably() {
        LiveTailSessionLogEvent platform = LiveTailSessionLogEvent.builder().timestamp(FakeLiveTail.FIRST_EVENT_TIME)
                .logGroupIdentifier("arn:aws:logs:eu-west-1:1:log-group:/aws/lambda/orders-fn")
                .message("{\"time\":\"2026-11-21T10:00:00.123Z\",\"type\":\"platform.start\",\"record\":{\"requestId\":\"r-9\"}}")
                .build();
        LiveTailSessionLogEvent other = platform.toBuilder().logGroupIdentifier("/ecs/orders").message("  started on port 8080\n").build();

        assertThat(TailLine.text(platform)).startsWith("2026-11-21 10:00:00.123  -      orders-fn  -  {\"time\":")
                .endsWith("…").hasSize("2026-11-21 10:00:00.123  -      orders-fn  -  ".length() + ResultTable.MAX_COLUMN_WIDTH);
        assertThat(TailLine.text(other)).isEqualTo("2026-11-21 10:00:00.123  /ecs/orders  started on port 8080");
    }
}
