package dev.lambdaobs.dashboardgen.cli;

import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * How {@code tail} reports an AWS failure, without a stack trace: {@code 3} AWS refused or failed the
 * call, {@code 4} AWS could not be reached. Bad input (exit {@code 2}) and anything else go on to
 * Main's failure handler like every command's. (Meant to fold into that handler too.)
 */
final class TailFailures {
    /** AWS answered with an error, as {@code apply} and {@code query} report it. */
    static final int AWS_FAILED = Main.AWS_FAILED;
    /** No answer from AWS: connection refused, unknown host, no route, timed out. */
    static final int UNREACHABLE = Main.AWS_UNREACHABLE;

    private TailFailures() {
    }

    /**
     * Reports {@code failure} on {@code err}.
     *
     * @return the exit code, or throws {@code failure} again when it is not an AWS failure (bad input, internal error)
     */
    static int report(RuntimeException failure, PrintWriter err) {
        if (failure instanceof AwsServiceException refused) {
            err.println("dashboard-gen: AWS refused the call: " + refused.awsErrorDetails().errorCode() + " (HTTP "
                    + refused.statusCode() + "): " + refused.awsErrorDetails().errorMessage());
            return AWS_FAILED;
        }
        if (failure instanceof SdkClientException client) {
            boolean unreachable = unreachable(client);
            err.println("dashboard-gen: " + (unreachable ? "cannot reach AWS: " : "the AWS call failed: ") + rootMessage(client));
            return unreachable ? UNREACHABLE : AWS_FAILED;
        }
        throw failure;
    }

    private static boolean unreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof NoRouteToHostException
                    || t instanceof SocketTimeoutException || t instanceof UnresolvedAddressException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == failure || root.getMessage() == null ? failure.getMessage() : failure.getMessage() + " (" + root.getMessage() + ")";
    }
}
