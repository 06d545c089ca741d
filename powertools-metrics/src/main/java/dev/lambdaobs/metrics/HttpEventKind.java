package dev.lambdaobs.metrics;

/** Which HTTP front door invoked the function, as far as the response rules differ. */
enum HttpEventKind {
    /** Not an HTTP request. */
    NONE,
    /** API Gateway REST API or ALB: a response without a status code is a 502. */
    PAYLOAD_V1,
    /** API Gateway HTTP API (payload 2.0) or Function URL: a response without a status code is a 200. */
    PAYLOAD_V2
}
