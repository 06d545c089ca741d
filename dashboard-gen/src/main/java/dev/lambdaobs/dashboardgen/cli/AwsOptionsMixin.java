package dev.lambdaobs.dashboardgen.cli;

import dev.lambdaobs.dashboardgen.aws.AwsClients;
import dev.lambdaobs.dashboardgen.aws.AwsOptions;
import dev.lambdaobs.dashboardgen.input.BadInputException;
import java.net.URI;
import java.time.Duration;
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

    @Option(names = "--aws-timeout", paramLabel = "SECONDS", description = "Longest one AWS call may take, retries "
            + "included (default: 60); connects give up after at most 5 s.")
    private Integer timeoutSeconds;

    AwsOptions toOptions() {
        Duration timeout = timeoutSeconds == null ? AwsClients.DEFAULT_CALL_TIMEOUT : Duration.ofSeconds(timeoutSeconds);
        if (timeout.isNegative() || timeout.isZero()) {
            throw new BadInputException("--aws-timeout " + timeoutSeconds + ": expected a number of seconds of at least 1");
        }
        return new AwsOptions(Optional.ofNullable(region), Optional.ofNullable(profile), Optional.ofNullable(endpoint), timeout);
    }
}
