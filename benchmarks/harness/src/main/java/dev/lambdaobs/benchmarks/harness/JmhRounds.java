package dev.lambdaobs.benchmarks.harness;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs several JMH selections one fork at a time, in A B … B A order round after round, so that a change of
 * machine load during the run (other builds on a shared machine) does not favour whichever ran first; each
 * benchmark's iterations from all its forks are then pooled.
 *
 * <p>Example: {@code Map<String, List<JmhRun.Score>> s = new JmhRounds(plan, dir).run(selections);}
 */
final class JmhRounds {
    /** One JMH selection: a name for files and progress, its classpath and its JMH arguments. */
    record Selection(String name, String classpath, List<String> args, Map<String, String> environment) {
        Selection(String name, String classpath, List<String> args) {
            this(name, classpath, args, Map.of());
        }
    }

    private final JmhRun.Plan plan;
    private final Path workDir;

    JmhRounds(JmhRun.Plan plan, Path workDir) {
        this.plan = plan;
        this.workDir = workDir;
    }

    /** The pooled scores of each selection, by selection name, in the order given. */
    Map<String, List<JmhRun.Score>> run(List<Selection> selections) throws IOException, InterruptedException {
        Map<String, Map<String, JmhRun.Score>> pooled = new LinkedHashMap<>();
        selections.forEach(selection -> pooled.put(selection.name(), new LinkedHashMap<>()));
        for (Map<String, List<JmhRun.Score>> round : runRounds(selections)) {
            round.forEach((name, scores) -> scores.forEach(score ->
                    pooled.get(name).merge(score.benchmark(), score, JmhRun.Score::merge)));
        }
        Map<String, List<JmhRun.Score>> result = new LinkedHashMap<>();
        pooled.forEach((name, scores) -> result.put(name, List.copyOf(scores.values())));
        return result;
    }

    /**
     * Each round's scores by selection name: one fork of every selection, the forks of a round run one after the
     * other, so that a comparison within a round is not split by the host's slower and faster phases.
     */
    List<Map<String, List<JmhRun.Score>>> runRounds(List<Selection> selections)
            throws IOException, InterruptedException {
        List<Map<String, List<JmhRun.Score>>> rounds = new ArrayList<>();
        for (int fork = 0; fork < plan.forks(); fork++) {
            List<Selection> order = new ArrayList<>(selections);
            if (fork % 2 == 1) {
                java.util.Collections.reverse(order);
            }
            Map<String, List<JmhRun.Score>> round = new LinkedHashMap<>();
            for (Selection selection : order) {
                round.put(selection.name(), JmhRun.run(selection.name() + "-fork" + fork, selection.classpath(),
                        selection.args(), selection.environment(), plan, workDir));
            }
            rounds.add(round);
        }
        return rounds;
    }
}
