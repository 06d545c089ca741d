package dev.lambdaobs.examples.localrun;

import java.util.Map;

/**
 * One function of the template as the local run launches it.
 *
 * @param logicalId the template's logical id, e.g. {@code CreateOrderFunction}
 * @param functionName the deployed name, e.g. {@code lambdaobs-example-CreateOrderFunction}
 * @param handler {@code package.Class::method}, as in the template's {@code Handler}
 * @param memoryMb the template's {@code MemorySize}
 * @param timeoutSeconds the template's {@code Timeout}
 * @param environment the template's environment variables, references resolved to local names
 */
record LocalFunction(String logicalId, String functionName, String handler, int memoryMb, int timeoutSeconds,
                     Map<String, String> environment) {
    LocalFunction {
        environment = Map.copyOf(environment);
    }
}
