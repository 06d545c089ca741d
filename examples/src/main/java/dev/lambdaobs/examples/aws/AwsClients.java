package dev.lambdaobs.examples.aws;

import dev.lambdaobs.tracing.Tracer;
import dev.lambdaobs.tracing.downstream.AwsSdkTracing;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * AWS SDK v2 clients built the way Lambda cold starts like them: the lightweight URL-connection HTTP
 * client, region and credentials straight from the Lambda environment (no provider chain probing),
 * and every call traced under the current span on the function's tracing backend: an OpenTelemetry
 * CLIENT span ({@code DynamoDb.PutItem}) or an X-Ray {@code aws} subsegment. Endpoints follow
 * {@code AWS_ENDPOINT_URL} when it is set, as in the local run.
 *
 * <pre>{@code
 * DynamoDbClient dynamo = AwsClients.dynamoDb(Tracers.fromEnvironment());
 * }</pre>
 */
public final class AwsClients {
    private AwsClients() {
    }

    public static DynamoDbClient dynamoDb(Tracer tracer) {
        return configured(DynamoDbClient.builder(), tracer);
    }

    public static SqsClient sqs(Tracer tracer) {
        return configured(SqsClient.builder(), tracer);
    }

    /** A required environment variable, failing fast at init with its name. */
    public static String requiredEnv(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("environment variable " + name + " must be set (see template.yaml)");
        }
        return value;
    }

    private static <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C configured(B builder, Tracer tracer) {
        return builder.httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(requiredEnv("AWS_REGION")))
                .credentialsProvider(EnvironmentVariableCredentialsProvider.create())
                .overrideConfiguration(c -> c.addExecutionInterceptor(AwsSdkTracing.interceptor(tracer)))
                .build();
    }
}
