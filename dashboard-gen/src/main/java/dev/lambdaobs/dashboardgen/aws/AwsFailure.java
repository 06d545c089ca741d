package dev.lambdaobs.dashboardgen.aws;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * A failed AWS call, understood: whether AWS refused or failed it, or could not be reached, in
 * one line that says what to do.
 *
 * <pre>{@code
 * AwsFailure.of(exception).ifPresent(f -> System.err.println(f.message()));
 * }</pre>
 *
 * @param unreachable true when no answer came (network, endpoint, timeout); false when AWS answered with an error
 * @param message     the cause and what to do
 */
public record AwsFailure(boolean unreachable, String message) {
    /** Error codes that mean the credentials themselves are wrong, whatever the HTTP status. */
    private static final Set<String> BAD_CREDENTIALS = Set.of("UnrecognizedClientException", "InvalidClientTokenId",
            "ExpiredToken", "ExpiredTokenException", "SignatureDoesNotMatch", "InvalidSignatureException",
            "IncompleteSignature", "MissingAuthenticationToken");

    /** The failure {@code error} stands for, or empty when it is not a failed AWS call. */
    public static Optional<AwsFailure> of(Throwable error) {
        if (error instanceof AwsServiceException refused) {
            return Optional.of(refused(refused));
        }
        if (error instanceof ApiCallTimeoutException || error instanceof ApiCallAttemptTimeoutException) {
            return Optional.of(new AwsFailure(true, "AWS did not answer in time (" + error.getMessage()
                    + "): check the network or proxy, --region and --endpoint-url; --aws-timeout allows longer calls"));
        }
        if (error instanceof SdkClientException) {
            for (Throwable cause = error.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof IOException io) {
                    return Optional.of(new AwsFailure(true, "cannot reach AWS (" + io.getClass().getSimpleName() + ": "
                            + io.getMessage() + "): check the network or proxy, --region and --endpoint-url"));
                }
            }
        }
        return Optional.empty();
    }

    private static AwsFailure refused(AwsServiceException e) {
        String code = e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode();
        String text = e.awsErrorDetails() == null || e.awsErrorDetails().errorMessage() == null
                ? e.getMessage() : e.awsErrorDetails().errorMessage();
        String service = e.awsErrorDetails() == null ? "AWS" : e.awsErrorDetails().serviceName();
        String what = e.statusCode() + " " + code + ": " + text + " (" + service + ")";
        if (BAD_CREDENTIALS.contains(code)) {
            return new AwsFailure(false, "AWS rejected the credentials, " + what
                    + ": they are wrong or expired; refresh them (aws sso login, new keys) or use another --profile");
        }
        if (e.statusCode() == 401 || e.statusCode() == 403) {
            return new AwsFailure(false, "AWS refused the call, " + what
                    + ": give these credentials that permission, or use another --profile");
        }
        if (e.statusCode() >= 500) {
            return new AwsFailure(false, "AWS failed the call, " + what + ": a fault on AWS's side; try again later");
        }
        if (e.isThrottlingException()) {
            return new AwsFailure(false, "AWS throttled the call, " + what + ", after every retry: try again later");
        }
        return new AwsFailure(false, "AWS refused the call, " + what + ": check the options and the template");
    }
}
