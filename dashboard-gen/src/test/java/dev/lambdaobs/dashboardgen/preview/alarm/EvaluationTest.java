package dev.lambdaobs.dashboardgen.preview.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaobs.dashboardgen.registry.TreatMissing;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Replays the tables of CloudWatch's "How alarm state is evaluated when data is missing": five
 * periods retrieved, 0 a datapoint within the threshold, X a breaching one, - a missing one; RETAIN
 * is "Retain current state" (a new alarm's INSUFFICIENT_DATA).
 */
class EvaluationTest {
    private static final double THRESHOLD = 1;

    @ParameterizedTest(name = "3 of 3: {0} -> missing {1}, ignore {2}, breaching {3}, notBreaching {4}")
    @CsvSource({
            "0 - X - X, OK, OK, OK, OK",
            "0 - - - -, OK, OK, OK, OK",
            "- - - - -, INSUFFICIENT_DATA, RETAIN, ALARM, OK",
            "0 X X - X, ALARM, ALARM, ALARM, ALARM",
            "- - - - X, INSUFFICIENT_DATA, RETAIN, ALARM, OK",
            "X - - - -, ALARM, RETAIN, ALARM, OK"})
    void threeOutOfThree(String datapoints, String missing, String ignore, String breaching, String notBreaching) {
        check(datapoints, 3, 3, missing, ignore, breaching, notBreaching);
    }

    @ParameterizedTest(name = "2 of 3: {0} -> missing {1}, ignore {2}, breaching {3}, notBreaching {4}")
    @CsvSource({
            "0 - X - X, ALARM, ALARM, ALARM, ALARM",
            "0 0 X 0 X, ALARM, ALARM, ALARM, ALARM",
            "0 - X - -, OK, OK, ALARM, OK",
            "- - - - 0, OK, OK, ALARM, OK",
            "- - - - X, INSUFFICIENT_DATA, RETAIN, ALARM, OK"})
    void twoOutOfThree(String datapoints, String missing, String ignore, String breaching, String notBreaching) {
        check(datapoints, 3, 2, missing, ignore, breaching, notBreaching);
    }

    @ParameterizedTest(name = "{2} of {1}: {0} -> {3}")
    @CsvSource({
            // the newest N real datapoints decide once there are N of them: an old breach scrolls out
            "X X 0 0 0, 3, 1, OK",
            "0 0 0 X 0, 3, 1, ALARM",
            "X X X 0 X, 5, 4, ALARM",
            "X X 0 0 X, 5, 4, OK",
            "0 0 0 0 X, 1, 1, ALARM",
            "X X X X 0, 1, 1, OK"})
    void mOutOfN(String datapoints, int evaluationPeriods, int datapointsToAlarm, String expected) {
        Evaluation evaluation = evaluate(datapoints, evaluationPeriods, datapointsToAlarm, TreatMissing.MISSING);
        assertThat(evaluation.state()).isEqualTo(AlarmState.valueOf(expected));
        assertThat(evaluation.evaluated()).hasSize(evaluationPeriods);
    }

    private static void check(String datapoints, int n, int m, String... expected) {
        TreatMissing[] treatments = {TreatMissing.MISSING, TreatMissing.IGNORE, TreatMissing.BREACHING, TreatMissing.NOT_BREACHING};
        for (int i = 0; i < treatments.length; i++) {
            Evaluation evaluation = evaluate(datapoints, n, m, treatments[i]);
            boolean retain = expected[i].equals("RETAIN");
            assertThat(evaluation.state()).as("%s with %s: %s", datapoints, treatments[i], evaluation.reason())
                    .isEqualTo(retain ? AlarmState.INSUFFICIENT_DATA : AlarmState.valueOf(expected[i]));
            if (retain) {
                assertThat(evaluation.reason()).contains("current state");
            }
        }
    }

    static Evaluation evaluate(String datapoints, int n, int m, TreatMissing treatMissing) {
        String[] cells = datapoints.trim().split("\\s+");
        List<Long> range = new ArrayList<>();
        Map<Long, Double> values = new HashMap<>();
        for (int i = 0; i < cells.length; i++) {
            long period = i * 60_000L;
            range.add(period);
            switch (cells[i]) {
                case "0" -> values.put(period, THRESHOLD - 1);
                case "X" -> values.put(period, THRESHOLD + 1);
                default -> { }
            }
        }
        return Evaluation.of(range, values, v -> v > THRESHOLD, n, m, treatMissing);
    }
}
