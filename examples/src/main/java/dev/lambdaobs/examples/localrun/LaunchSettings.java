package dev.lambdaobs.examples.localrun;

import java.nio.file.Path;
import java.util.List;

/**
 * What every function of a local run shares: where the runtime client and the deployment package
 * are, and the loopback stand-ins for the X-Ray daemon and AWS.
 *
 * @param runtimeClasspath the runtime client's jars (Lambda's {@code /var/runtime/lib})
 * @param taskRoot the deployment package: classes and {@code lib/*.jar} (Lambda's {@code /var/task})
 * @param xrayDaemonAddress {@code 127.0.0.1:port} of the UDP listener
 * @param awsEndpoint {@code http://127.0.0.1:port} of the AWS stand-in
 * @param region the region the functions believe they run in
 * @param accountId the account id in ARNs
 */
record LaunchSettings(List<Path> runtimeClasspath, Path taskRoot, String xrayDaemonAddress, String awsEndpoint,
                      String region, String accountId) {
    LaunchSettings {
        runtimeClasspath = List.copyOf(runtimeClasspath);
    }

    String functionArn(LocalFunction function) {
        return "arn:aws:lambda:" + region + ":" + accountId + ":function:" + function.functionName();
    }
}
