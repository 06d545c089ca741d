package dev.lambdaobs.dashboardgen.aws;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Where and as whom dashboard-gen calls AWS, and how long a call may take. Unset values fall back
 * to the SDK's default chains (AWS_REGION, ~/.aws/config; environment, profile, container and
 * instance credentials).
 *
 * <pre>{@code
 * new AwsOptions(Optional.of("eu-west-1"), Optional.empty(), Optional.empty(), AwsClients.DEFAULT_CALL_TIMEOUT);
 * }</pre>
 *
 * @param region      {@code --region}, else the SDK's region chain
 * @param profile     {@code --profile}, else the SDK's default profile
 * @param endpoint    {@code --endpoint-url}: one endpoint for every service (local stand-ins, tests)
 * @param callTimeout {@code --aws-timeout}: the longest one call may take, retries included
 */
public record AwsOptions(Optional<String> region, Optional<String> profile, Optional<URI> endpoint, Duration callTimeout) {

    /** Options with the default call timeout. */
    public AwsOptions(Optional<String> region, Optional<String> profile, Optional<URI> endpoint) {
        this(region, profile, endpoint, AwsClients.DEFAULT_CALL_TIMEOUT);
    }

    /** Everything from the SDK's default chains. */
    public static AwsOptions defaults() {
        return new AwsOptions(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
