package dev.lambdaobs.examples.localrun;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What playing the scenario gave, besides the files: the invocations, and the AWS calls the stand-in
 * served (counted by target, and each with the trace header it carried).
 *
 * @param records every invocation, in order
 * @param awsCalls how often each {@code Prefix.Operation} was called, sorted by name
 * @param tracedCalls every AWS call with its {@code X-Amzn-Trace-Id}
 */
record ScenarioRun(List<InvocationRecord> records, Map<String, Long> awsCalls, List<AwsStandIn.Call> tracedCalls) {
    ScenarioRun {
        records = List.copyOf(records);
        awsCalls = Collections.unmodifiableMap(new TreeMap<>(awsCalls));
        tracedCalls = List.copyOf(tracedCalls);
    }
}
