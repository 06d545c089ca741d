package dev.lambdaobs.dashboardgen.registry;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The monitoring of one kind of resource: its CloudWatch namespace, recommended alarms and
 * dashboard graphs. Several CloudFormation types may share one profile (SAM and plain Lambda
 * functions), and one type may yield several (a DynamoDB table and its indexes).
 *
 * <pre>{@code
 * new ResourceProfile("sqs", "SQS queues", "AWS/SQS", List.of(ageRule), List.of(ageGraph));
 * }</pre>
 *
 * @param id        the key used in the config's {@code defaults} and in alarm names
 * @param title     the dashboard section title
 * @param namespace the CloudWatch namespace of its metrics
 * @param alarms    the alarms each resource gets (when they apply)
 * @param graphs    the graphs each resource gets
 * @param slo       the metrics service level objectives read, for the types that get them ({@code slos} in the config)
 */
public record ResourceProfile(String id, String title, String namespace, List<AlarmRule> alarms, List<GraphSpec> graphs,
        Optional<SloSignals> slo) {
    public ResourceProfile {
        alarms = List.copyOf(alarms);
        graphs = List.copyOf(graphs);
    }

    /**
     * The id's hash, consistent with the record's equality: the generated one hashes every rule and graph, each a
     * record whose hash the JVM builds at first use, and profiles key the maps of every run (issue 19, point 9).
     */
    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /**
     * The record's equality, written out: the generated equals and hashCode link through {@code ObjectMethods} at
     * first use, spinning method-handle classes CDS cannot archive (milliseconds a record at start, issue 19).
     */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ResourceProfile profile && Objects.equals(id, profile.id)
                && Objects.equals(title, profile.title) && Objects.equals(namespace, profile.namespace)
                && Objects.equals(alarms, profile.alarms) && Objects.equals(graphs, profile.graphs) && Objects.equals(slo, profile.slo);
    }

    /** A profile no service level objective reads. */
    public ResourceProfile(String id, String title, String namespace, List<AlarmRule> alarms, List<GraphSpec> graphs) {
        this(id, title, namespace, alarms, graphs, Optional.empty());
    }

    /** The same profile, with the metrics its resources' service level objectives read. */
    public ResourceProfile withSlo(SloSignals signals) {
        return new ResourceProfile(id, title, namespace, alarms, graphs, Optional.of(signals));
    }
}
