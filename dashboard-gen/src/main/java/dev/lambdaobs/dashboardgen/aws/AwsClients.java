package dev.lambdaobs.dashboardgen.aws;

import dev.lambdaobs.dashboardgen.input.BadInputException;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkClientException;
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
 * SDK's standard retry mode, which backs off and retries throttling errors, and bounded connect and call
 * times. The region and credentials are resolved once, up front, so a missing one is a clear bad-input
 * error rather than a failed call.
 *
 * <pre>{@code
 * AwsClients clients = new AwsClients(new AwsOptions(Optional.of("eu-west-1"), Optional.empty(), Optional.empty()));
 * try (CloudWatchClient cloudWatch = clients.cloudWatch()) { ... }
 * }</pre>
 */
public final class AwsClients {
    /** Attempts per call, first one included; throttled calls back off exponentially between them. */
    static final int MAX_ATTEMPTS = 8;
    /** Longest a TCP connect may take: AWS accepts in milliseconds, a black-holed address never does. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** Longest one attempt (request sent, whole answer read) may take; the slowest call we make answers in seconds. */
    public static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(20);
    /** Longest one call may take, retries and back-off included, unless {@code --aws-timeout} says otherwise. */
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(60);

    private final AwsOptions options;
    private final Region region;
    private final AwsCredentialsProvider credentials;

    /** @throws BadInputException when the profile, the region or the credentials cannot be found */
    public AwsClients(AwsOptions options) {
        this.options = options;
        options.profile().ifPresent(AwsClients::checkProfile);
        this.credentials = credentials(options);
        this.region = region(options);
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
                .httpClientBuilder(NettyNioAsyncHttpClient.builder().connectionTimeout(CONNECT_TIMEOUT))
                .region(region)
                .credentialsProvider(credentials)
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

    private <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(B builder) {
        Duration call = options.callTimeout();
        Duration attempt = min(ATTEMPT_TIMEOUT, call);
        builder.httpClient(UrlConnectionHttpClient.builder().connectionTimeout(min(CONNECT_TIMEOUT, call)).socketTimeout(attempt).build())
                .region(region)
                .credentialsProvider(credentials)
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .retryStrategy(b -> b.maxAttempts(MAX_ATTEMPTS))
                        .apiCallAttemptTimeout(attempt)
                        .apiCallTimeout(call)
                        .build());
        options.endpoint().ifPresent(builder::endpointOverride);
        return builder;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static void checkProfile(String profile) {
        if (ProfileFile.defaultProfileFile().profile(profile).isEmpty()) {
            throw new BadInputException("--profile " + profile + ": no such profile in the AWS config and credentials files "
                    + "(~/.aws/config, ~/.aws/credentials, or AWS_CONFIG_FILE/AWS_SHARED_CREDENTIALS_FILE); "
                    + "'aws configure list-profiles' lists them");
        }
    }

    private static Region region(AwsOptions options) {
        if (options.region().isPresent()) {
            return Region.of(options.region().get());
        }
        DefaultAwsRegionProviderChain.Builder chain = DefaultAwsRegionProviderChain.builder();
        options.profile().ifPresent(chain::profileName);
        try {
            return chain.build().getRegion();
        } catch (SdkClientException e) {
            throw new BadInputException("no AWS region: give --region, set AWS_REGION, or set region in the profile");
        }
    }

    private static AwsCredentialsProvider credentials(AwsOptions options) {
        AwsCredentialsProvider provider = options.profile()
                .<AwsCredentialsProvider>map(profile -> ProfileCredentialsProvider.builder()
                        .profileFile(ProfileFile.defaultProfileFile()).profileName(profile).build())
                .orElseGet(() -> DefaultCredentialsProvider.builder().build());
        try {
            provider.resolveCredentials();
        } catch (SdkClientException e) {
            if (AwsFailure.of(e).isPresent()) {
                throw e; // a profile that assumes a role could not reach STS: unreachable, not bad input
            }
            throw new BadInputException("no AWS credentials" + options.profile().map(p -> " in profile " + p).orElse("")
                    + ": use --profile, set AWS_PROFILE or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, or log in (aws sso login)");
        }
        return provider;
    }
}
