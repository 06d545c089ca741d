package dev.lambdaobs.dashboardgen.cli;

import dev.lambdaobs.dashboardgen.aws.AwsFailure;
import dev.lambdaobs.dashboardgen.input.BadInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * The one place that turns what a command threw into an exit code and one line on standard error
 * (the stack trace too with {@code --debug}): bad input 2, AWS refused or failed 3, AWS unreachable
 * 4, anything else an internal error 1.
 */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception exception, CommandLine command, ParseResult parseResult) {
        return handle(exception, command.getErr(), debug(parseResult));
    }

    /** Prints what went wrong to {@code err} (with the stack trace when {@code debug}) and returns the exit code. */
    static int handle(Exception exception, PrintWriter err, boolean debug) {
        int code;
        String message;
        Optional<AwsFailure> aws = AwsFailure.of(exception);
        if (exception instanceof BadInputException) {
            code = Main.BAD_INPUT;
            message = exception.getMessage();
        } else if (aws.isPresent()) {
            code = aws.get().unreachable() ? Main.AWS_UNREACHABLE : Main.AWS_FAILED;
            message = aws.get().message();
        } else if (exception instanceof IOException || exception instanceof UncheckedIOException) {
            code = Main.BAD_INPUT;
            message = describe(exception instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) exception);
        } else {
            code = Main.INTERNAL_ERROR;
            message = "internal error: " + exception + (debug ? "" : " (run with --debug for the stack trace and report it)");
        }
        err.println("dashboard-gen: " + message);
        if (debug) {
            exception.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException missing) {
            return missing.getFile() + ": no such file or directory";
        }
        if (e instanceof AccessDeniedException denied) {
            return denied.getFile() + ": permission denied";
        }
        if (e instanceof FileSystemException fs) {
            return fs.getFile() + ": " + (fs.getReason() != null ? fs.getReason() : "cannot write (" + fs.getClass().getSimpleName() + ")");
        }
        return e.getMessage();
    }

    private static boolean debug(ParseResult parseResult) {
        for (ParseResult result = parseResult; result != null; result = result.subcommand()) {
            if (result.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
