package dev.lambdaobs.dashboardgen.aws;

import java.net.URI;
import java.util.Optional;

/**
 * Where and as whom dashboard-gen calls AWS. Unset values fall back to the SDK's default chains
 * (AWS_REGION, ~/.aws/config; environment, profile, container and instance credentials).
 *
 * @param region   {@code --region}, else the SDK's region chain
 * @param profile  {@code --profile}, else the SDK's default profile
 * @param endpoint {@code --endpoint-url}: one endpoint for every service (local stand-ins, tests)
 */
public record AwsOptions(Optional<String> region, Optional<String> profile, Optional<URI> endpoint) {

    /** Everything from the SDK's default chains. */
    public static AwsOptions defaults() {
        return new AwsOptions(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
