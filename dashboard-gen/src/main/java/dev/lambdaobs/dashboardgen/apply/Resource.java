package dev.lambdaobs.dashboardgen.apply;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One CloudWatch resource in canonical form: its CloudFormation properties, with defaults and
 * empty lists removed, so a desired resource and the one that exists compare field by field.
 *
 * @param kind       what it is
 * @param name       its physical name (alarm, dashboard or query definition name)
 * @param logicalId  the template's logical id, or the name for resources read from AWS
 * @param properties canonical properties; a dashboard's body is parsed JSON, not a string
 */
public record Resource(ResourceKind kind, String name, String logicalId, ObjectNode properties) {
}
