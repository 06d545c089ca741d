package dev.lambdaobs.dashboardgen.fakeaws;

import dev.lambdaobs.dashboardgen.aws.AwsClients;
import dev.lambdaobs.dashboardgen.aws.AwsOptions;
import java.util.Optional;

/**
 * One loopback server with CloudWatch and CloudWatch Logs behind it, and the {@link AwsOptions}
 * that point dashboard-gen's real SDK clients at it with static test credentials.
 */
public final class FakeAws implements AutoCloseable {
    public final FakeAwsServer server = FakeAwsServer.start();
    public final FakeCloudWatch cloudWatch = new FakeCloudWatch(server);
    public final FakeCloudWatchLogs logs = new FakeCloudWatchLogs(server);

    /** The account STS GetCallerIdentity answers with. */
    public static final String ACCOUNT = "123456789012";

    public FakeAws() {
        server.onQuery("GetCallerIdentity", params -> "<Arn>arn:aws:iam::" + ACCOUNT + ":user/ops</Arn><UserId>AIDTEST</UserId>"
                + "<Account>" + ACCOUNT + "</Account>");
        // The SDK's default credential chain reads these system properties first; no network, no files.
        System.setProperty("aws.accessKeyId", "AKIDTEST");
        System.setProperty("aws.secretAccessKey", "test-secret");
    }

    public AwsOptions options() {
        return new AwsOptions(Optional.of("us-east-1"), Optional.empty(), Optional.of(server.endpoint()));
    }

    public AwsClients clients() {
        return new AwsClients(options());
    }

    @Override
    public void close() {
        server.close();
    }
}
