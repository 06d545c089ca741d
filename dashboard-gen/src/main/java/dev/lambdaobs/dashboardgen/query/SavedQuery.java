package dev.lambdaobs.dashboardgen.query;

/**
 * A Logs Insights query the generator saves (as {@code AWS::Logs::QueryDefinition}) and shows on dashboards.
 *
 * <pre>{@code
 * new SavedQuery("errors", "Recent errors with their request ids", "fields ... | filter level = \"ERROR\"");
 * }</pre>
 *
 * @param name        file and definition name under the service's folder
 * @param description what on-call uses it for
 * @param query       the query, without SOURCE commands (log groups are attached separately)
 */
public record SavedQuery(String name, String description, String query) {
}
