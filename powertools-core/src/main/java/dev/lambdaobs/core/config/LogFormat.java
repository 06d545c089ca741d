package dev.lambdaobs.core.config;

/** Lambda's log format ({@code AWS_LAMBDA_LOG_FORMAT}): plain text or JSON with level filtering. */
public enum LogFormat {
    TEXT, JSON
}
