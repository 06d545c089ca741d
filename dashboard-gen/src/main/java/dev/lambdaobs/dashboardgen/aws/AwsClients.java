package dev.lambdaobs.dashboardgen.aws;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsAsyncClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsAsyncClientBuilder;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.resourcegroupstaggingapi.ResourceGroupsTaggingApiClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Builds the SDK v2 clients dashboard-gen uses, on the light URL-connection HTTP client (fast
 * start-up, no Netty or Apache client; only {@code tail}'s {@link #logsAsync()} loads Netty), with the
 * SDK's standard retry mode, which backs off and retries throttling errors.
 *
 * <pre>{@code
 * AwsClients clients = new AwsClients(new AwsOptions(Optional.of("eu-west-1"), Optional.empty(), Optional.empty()));
 * try (CloudWatchClient cloudWatch = clients.cloudWatch()) { ... }
 * }</pre>
 */
public final class AwsClients {
    /** Attempts per call, first one included; throttled calls back off exponentially between them. */
    static final int MAX_ATTEMPTS = 8;

    private final AwsOptions options;

    public AwsClients(AwsOptions options) {
        this.options = options;
    }

    public CloudWatchClient cloudWatch() {
        return configure(CloudWatchClient.builder()).build();
    }

    public CloudWatchLogsClient logs() {
        return configure(CloudWatchLogsClient.builder()).build();
    }

    /**
     * The asynchronous CloudWatch Logs client {@code tail} needs: the SDK offers StartLiveTail's event
     * stream on async clients only, so this one runs on Netty (HTTP/1.1, which the service streams
     * over). With an endpoint override the {@code streaming-} host prefix of StartLiveTail is left out,
     * so the call reaches the given endpoint.
     *
     * @return a new client; the caller closes it
     */
    public CloudWatchLogsAsyncClient logsAsync() {
        CloudWatchLogsAsyncClientBuilder builder = CloudWatchLogsAsyncClient.builder()
                .httpClientBuilder(NettyNioAsyncHttpClient.builder())
                .region(region())
                .credentialsProvider(credentials())
                .overrideConfiguration(o -> o.retryStrategy(b -> b.maxAttempts(MAX_ATTEMPTS))
                        .putAdvancedOption(SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, options.endpoint().isPresent()));
        options.endpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    public StsClient sts() {
        return configure(StsClient.builder()).build();
    }

    public CloudFormationClient cloudFormation() {
        return configure(CloudFormationClient.builder()).build();
    }

    public ResourceGroupsTaggingApiClient tagging() {
        return configure(ResourceGroupsTaggingApiClient.builder()).build();
    }

    private <B extends AwsClientBuilder<B, ?> & software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder<B, ?>> B configure(B builder) {
        builder.httpClient(UrlConnectionHttpClient.create())
                .region(region())
                .credentialsProvider(credentials())
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .retryStrategy(b -> b.maxAttempts(MAX_ATTEMPTS))
                        .build());
        options.endpoint().ifPresent(builder::endpointOverride);
        return builder;
    }

    private Region region() {
        if (options.region().isPresent()) {
            return Region.of(options.region().get());
        }
        DefaultAwsRegionProviderChain.Builder chain = DefaultAwsRegionProviderChain.builder();
        options.profile().ifPresent(chain::profileName);
        return chain.build().getRegion();
    }

    private AwsCredentialsProvider credentials() {
        return options.profile()
                .<AwsCredentialsProvider>map(profile -> ProfileCredentialsProvider.builder()
                        .profileFile(ProfileFile.defaultProfileFile()).profileName(profile).build())
                .orElseGet(() -> DefaultCredentialsProvider.builder().build());
    }
}
