package dev.lambdaobs.dashboardgen.tail;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One {@code tail}: its sessions and when it ends (at the latest on {@link LiveTail#stop()}).
 *
 * @param sessions  the log group ARNs of each session, at most ten each ({@link LogGroupArns#sessions})
 * @param pattern   the filter pattern, or empty for every line ({@link TailFilter#pattern()})
 * @param maxEvents end after this many events
 * @param duration  end after this long
 */
public record TailRun(List<List<String>> sessions, Optional<String> pattern, OptionalLong maxEvents, Optional<Duration> duration) {
    public TailRun {
        sessions = List.copyOf(sessions);
    }
}
