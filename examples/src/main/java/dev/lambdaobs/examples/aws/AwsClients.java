package dev.lambdaobs.examples.aws;

import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * AWS SDK v2 clients built the way Lambda cold starts like them: the lightweight URL-connection HTTP
 * client, the region and credentials straight from the Lambda environment (no provider chain
 * probing). Endpoints follow {@code AWS_ENDPOINT_URL} when it is set, as in the local run.
 *
 * <pre>{@code
 * DynamoDbClient dynamo = AwsClients.dynamoDb();
 * }</pre>
 */
public final class AwsClients {
    private AwsClients() {
    }

    public static DynamoDbClient dynamoDb() {
        return DynamoDbClient.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(region())
                .credentialsProvider(EnvironmentVariableCredentialsProvider.create())
                .build();
    }

    public static SqsClient sqs() {
        return SqsClient.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(region())
                .credentialsProvider(EnvironmentVariableCredentialsProvider.create())
                .build();
    }

    /** A required environment variable, failing fast at init with its name. */
    public static String requiredEnv(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("environment variable " + name + " must be set (see template.yaml)");
        }
        return value;
    }

    private static Region region() {
        return Region.of(requiredEnv("AWS_REGION"));
    }
}
