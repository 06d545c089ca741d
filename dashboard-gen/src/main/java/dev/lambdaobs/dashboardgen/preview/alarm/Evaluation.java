package dev.lambdaobs.dashboardgen.preview.alarm;

import dev.lambdaobs.dashboardgen.registry.TreatMissing;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoublePredicate;

/**
 * CloudWatch's "M out of N" evaluation of the datapoints in an alarm's evaluation range, with
 * missing data treated as documented: when the range holds at least N real datapoints, the newest N
 * decide and TreatMissingData does not matter; with fewer, every real datapoint counts and the
 * missing ones are filled as breaching or not breaching; when all are missing, {@code missing} gives
 * INSUFFICIENT_DATA, {@code ignore} keeps the current state, {@code breaching} ALARM and
 * {@code notBreaching} OK. ALARM when at least M evaluated datapoints breach, else OK. With
 * {@code missing} or {@code ignore} and too few real datapoints, one that is not breaching gives OK;
 * if all are breaching but fewer than M, {@code ignore} keeps the current state and {@code missing}
 * gives INSUFFICIENT_DATA, or ALARM when the oldest period of the range is one of them (the
 * documentation's tables, which the tests replay row by row).
 *
 * @param state     the state reached; INSUFFICIENT_DATA also when {@code ignore} keeps the current state,
 *                  since a new alarm starts there
 * @param reason    why, in words
 * @param evaluated the datapoints that decided, oldest first
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/alarms-and-missing-data.html">How alarm state is evaluated when data is missing</a>
 */
public record Evaluation(AlarmState state, String reason, List<Datapoint> evaluated) {

    /**
     * Evaluates {@code range} (period starts, oldest first), whose periods with data are in {@code values}.
     *
     * @param evaluationPeriods N
     * @param datapointsToAlarm M
     */
    public static Evaluation of(List<Long> range, Map<Long, Double> values, DoublePredicate breaches, int evaluationPeriods,
            int datapointsToAlarm, TreatMissing treatMissing) {
        List<Datapoint> real = new ArrayList<>();
        for (long period : range) {
            Double value = values.get(period);
            if (value != null) {
                real.add(new Datapoint(period, value, breaches.test(value)));
            }
        }
        if (real.size() >= evaluationPeriods) {
            return decide(real.subList(real.size() - evaluationPeriods, real.size()), datapointsToAlarm, "");
        }
        if (real.isEmpty()) {
            return allMissing(range, evaluationPeriods, treatMissing);
        }
        return switch (treatMissing) {
            case BREACHING, NOT_BREACHING -> decide(filled(range, real, evaluationPeriods, treatMissing == TreatMissing.BREACHING),
                    datapointsToAlarm, "; " + (evaluationPeriods - real.size()) + " missing treated as " + treatMissing.cfnName());
            case MISSING, IGNORE -> tooFewReal(range, real, datapointsToAlarm, treatMissing);
        };
    }

    private static Evaluation decide(List<Datapoint> evaluated, int datapointsToAlarm, String note) {
        long breaching = evaluated.stream().filter(Datapoint::breaching).count();
        AlarmState state = breaching >= datapointsToAlarm ? AlarmState.ALARM : AlarmState.OK;
        return new Evaluation(state, breaching + " of " + evaluated.size() + " datapoints breaching, " + datapointsToAlarm
                + " needed" + note, List.copyOf(evaluated));
    }

    private static List<Datapoint> filled(List<Long> range, List<Datapoint> real, int evaluationPeriods, boolean breaching) {
        List<Datapoint> evaluated = new ArrayList<>();
        int fills = evaluationPeriods - real.size();
        for (int i = range.size() - 1; i >= 0 && (fills > 0 || evaluated.size() < evaluationPeriods); i--) {
            long period = range.get(i);
            Datapoint present = real.stream().filter(d -> d.periodStart() == period).findFirst().orElse(null);
            if (present != null) {
                evaluated.add(0, present);
            } else if (fills > 0) {
                evaluated.add(0, new Datapoint(period, null, breaching));
                fills--;
            }
        }
        return evaluated;
    }

    private static Evaluation allMissing(List<Long> range, int evaluationPeriods, TreatMissing treatMissing) {
        List<Long> newest = range.subList(Math.max(0, range.size() - evaluationPeriods), range.size());
        return switch (treatMissing) {
            case MISSING -> new Evaluation(AlarmState.INSUFFICIENT_DATA, "no data in the evaluation range", List.of());
            case IGNORE -> new Evaluation(AlarmState.INSUFFICIENT_DATA,
                    "no data; ignore keeps the current state (a new alarm starts in INSUFFICIENT_DATA)", List.of());
            case BREACHING -> new Evaluation(AlarmState.ALARM, "no data; missing treated as breaching",
                    newest.stream().map(p -> new Datapoint(p, null, true)).toList());
            case NOT_BREACHING -> new Evaluation(AlarmState.OK, "no data; missing treated as notBreaching",
                    newest.stream().map(p -> new Datapoint(p, null, false)).toList());
        };
    }

    private static Evaluation tooFewReal(List<Long> range, List<Datapoint> real, int datapointsToAlarm, TreatMissing treatMissing) {
        long breaching = real.stream().filter(Datapoint::breaching).count();
        if (breaching >= datapointsToAlarm) {
            return decide(real, datapointsToAlarm, "");
        }
        if (breaching < real.size()) {
            return new Evaluation(AlarmState.OK, (real.size() - breaching) + " of " + real.size()
                    + " datapoints not breaching, too few breaching to alarm", List.copyOf(real));
        }
        if (treatMissing == TreatMissing.MISSING && real.get(0).periodStart() == range.get(0)) {
            return new Evaluation(AlarmState.ALARM, "every datapoint breaching, the oldest of the range among them",
                    List.copyOf(real));
        }
        String why = real.size() + " datapoint(s), all breaching, fewer than " + datapointsToAlarm + " needed";
        return treatMissing == TreatMissing.IGNORE
                ? new Evaluation(AlarmState.INSUFFICIENT_DATA, why + "; ignore keeps the current state", List.copyOf(real))
                : new Evaluation(AlarmState.INSUFFICIENT_DATA, why, List.copyOf(real));
    }
}
