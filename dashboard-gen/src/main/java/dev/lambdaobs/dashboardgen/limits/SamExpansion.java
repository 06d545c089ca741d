package dev.lambdaobs.dashboardgen.limits;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * An estimate of how many resources a template has after SAM's transform, which is what CloudFormation's
 * 500-resource limit counts: a SAM function is its function plus the role SAM creates (when it names none),
 * a version and alias ({@code AutoPublishAlias}), the CodeDeploy resources of a {@code DeploymentPreference},
 * and per event the rule, permission, subscription or event source mapping it becomes; the implicit APIs
 * add an API, a deployment and a stage. A lower bound: SAM may add more (e.g. policies, usage plans).
 *
 * @see <a href="https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-generated-resources-function.html">Resources SAM generates for a function</a>
 * @see <a href="https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-generated-resources-api.html">Resources SAM generates for an API</a>
 */
public final class SamExpansion {
    /** Resources one event of a type becomes (e.g. Schedule: rule + permission). */
    private static final Map<String, Integer> PER_EVENT = Map.ofEntries(Map.entry("Api", 1), Map.entry("HttpApi", 1),
            Map.entry("Schedule", 2), Map.entry("ScheduleV2", 2), Map.entry("EventBridgeRule", 2), Map.entry("CloudWatchEvent", 2),
            Map.entry("SNS", 2), Map.entry("S3", 1), Map.entry("SQS", 1), Map.entry("Kinesis", 1), Map.entry("DynamoDB", 1),
            Map.entry("MSK", 1), Map.entry("SelfManagedKafka", 1), Map.entry("MQ", 1), Map.entry("DocumentDB", 1),
            Map.entry("CloudWatchLogs", 2), Map.entry("IoTRule", 2), Map.entry("AlexaSkill", 1), Map.entry("Cognito", 1));
    /** An implicit REST API: API, deployment, stage. */
    private static final int IMPLICIT_REST_API = 3;
    /** An implicit HTTP API: API and stage. */
    private static final int IMPLICIT_HTTP_API = 2;
    /** A SAM REST API becomes an API, a deployment and a stage; an HTTP API an API and a stage. */
    private static final Map<String, Integer> PER_SAM_RESOURCE = Map.of("AWS::Serverless::Api", 3, "AWS::Serverless::HttpApi", 2,
            "AWS::Serverless::StateMachine", 2, "AWS::Serverless::GraphQLApi", 2);

    private SamExpansion() {
    }

    /** The estimated resource count after the transform. */
    public static int resources(JsonNode template) {
        int count = 0;
        boolean restApi = false;
        boolean httpApi = false;
        for (JsonNode resource : template.path("Resources")) {
            String type = resource.path("Type").asText();
            JsonNode properties = resource.path("Properties");
            if (!type.equals("AWS::Serverless::Function")) {
                count += PER_SAM_RESOURCE.getOrDefault(type, 1);
                continue;
            }
            count += 1 + (properties.has("Role") ? 0 : 1) + (properties.has("AutoPublishAlias") ? 2 : 0)
                    + (properties.has("DeploymentPreference") ? 1 : 0);
            for (JsonNode event : properties.path("Events")) {
                String eventType = event.path("Type").asText();
                count += PER_EVENT.getOrDefault(eventType, 1);
                restApi |= eventType.equals("Api") && !event.path("Properties").has("RestApiId");
                httpApi |= eventType.equals("HttpApi") && !event.path("Properties").has("ApiId");
            }
        }
        return count + (restApi ? IMPLICIT_REST_API : 0) + (httpApi ? IMPLICIT_HTTP_API : 0);
    }
}
