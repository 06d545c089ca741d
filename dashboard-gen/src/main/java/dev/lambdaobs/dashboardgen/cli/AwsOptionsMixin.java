package dev.lambdaobs.dashboardgen.cli;

import dev.lambdaobs.dashboardgen.aws.AwsOptions;
import java.net.URI;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options every command that calls AWS shares. */
final class AwsOptionsMixin {
    @Option(names = "--region", paramLabel = "REGION", description = "AWS region (default: the SDK's chain: AWS_REGION, profile).")
    private String region;

    @Option(names = "--profile", paramLabel = "NAME", description = "Named profile from ~/.aws/config and credentials "
            + "(default: the SDK's default credential chain).")
    private String profile;

    @Option(names = "--endpoint-url", paramLabel = "URL", description = "Send every call to this endpoint instead of AWS "
            + "(local stand-ins and tests).")
    private URI endpoint;

    AwsOptions toOptions() {
        return new AwsOptions(Optional.ofNullable(region), Optional.ofNullable(profile), Optional.ofNullable(endpoint));
    }
}
