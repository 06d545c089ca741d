package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.core.schema.LogFields;
import dev.lambdaobs.dashboardgen.generate.GenerationResult;
import dev.lambdaobs.dashboardgen.generate.Mode;
import dev.lambdaobs.dashboardgen.generate.QueryDefinition;
import dev.lambdaobs.dashboardgen.query.QueryCatalog;
import dev.lambdaobs.dashboardgen.query.QueryLanguage;
import dev.lambdaobs.dashboardgen.query.SavedQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved queries name their language; the SQL one joins error lines with REPORT lines and names its log groups itself. */
class QueryLanguageTest {
    private static final CfnSchemas SCHEMAS = CfnSchemas.standard();
    /** A backticked field of an aliased table, as the SQL query reads them: e.`error.name`. */
    private static final Pattern ALIASED_FIELD = Pattern.compile("\\b[er]\\.`([^`]+)`");

    @TempDir
    Path dir;

    @Test
    void everyDefinitionNamesItsLanguageAndTheSqlOneNamesItsLogGroupsInItsFrom() throws Exception {
        GenerationResult result = TestSupport.generate(functions(3, false), null, Mode.MERGE, false);
        OutputChecks.checkAll(result, SCHEMAS);

        assertThat(result.queries()).allSatisfy(q -> assertThat(q.toResource().path("Properties").path("QueryLanguage").asText())
                .isEqualTo(q.query().language().name()));
        assertThat(result.queries()).filteredOn(q -> q.query().language() == QueryLanguage.CWLI).isNotEmpty()
                .allSatisfy(q -> assertThat(q.toResource().path("Properties").path("LogGroupNames")).hasSize(3));
        QueryDefinition sql = single(result, "errors-with-reports");
        JsonNode properties = sql.toResource().path("Properties");
        assertThat(properties.has("LogGroupNames")).as("SQL takes its log groups from the query").isFalse();
        String text = properties.path("QueryString").path("Fn::Sub").asText();
        String groups = "`logGroups(logGroupIdentifier: ['/aws/lambda/${Fn0}', '/aws/lambda/${Fn1}', '/aws/lambda/${Fn2}'])`";
        assertThat(text).contains("FROM " + groups + " AS e", "INNER JOIN " + groups + " AS r")
                .contains("regexp_extract(r.`@message`").contains("LIKE 'REPORT RequestId:%'", "platform.report");
    }

    @Test
    void theSqlQueryReadsOnlyFieldsOurLoggingWritesAndFindsTheRequestIdInBothReportFormats() {
        SavedQuery sql = QueryCatalog.standard().stream().filter(q -> q.language() == QueryLanguage.SQL).findFirst().orElseThrow();
        List<String> fields = new ArrayList<>();
        Matcher matcher = ALIASED_FIELD.matcher(sql.query());
        while (matcher.find()) {
            fields.add(matcher.group(1));
        }
        List<String> ours = fields.stream().filter(f -> !f.startsWith("@")).toList();
        assertThat(ours).isNotEmpty().isSubsetOf(LogFields.ALL).contains(LogFields.FUNCTION_REQUEST_ID, LogFields.ERROR_NAME);

        Matcher regex = Pattern.compile("regexp_extract\\(r\\.`@message`, '([^']+)', 1\\)").matcher(sql.query());
        assertThat(regex.find()).isTrue();
        Pattern requestId = Pattern.compile(regex.group(1));
        String id = "8f5a6c2e-1b1d-4a53-9c59-4f0d7c1e9a11";
        Matcher text = requestId.matcher("REPORT RequestId: " + id + "\tDuration: 12.30 ms\tBilled Duration: 13 ms");
        Matcher json = requestId.matcher("{\"time\":\"2026-12-02T10:00:00.000Z\",\"type\":\"platform.report\",\"record\":{\"requestId\":\""
                + id + "\",\"metrics\":{\"durationMs\":12.3}}}");
        assertThat(text.find() && text.group(1).equals(id)).isTrue();
        assertThat(json.find() && json.group(1).equals(id)).isTrue();
    }

    @Test
    void largeServicesSplitTheSqlQuerySoItsTextStaysWithinTheLimit() throws Exception {
        GenerationResult result = TestSupport.generate(functions(60, false), null, Mode.MERGE, false);
        assertThat(result.queries()).filteredOn(q -> q.query().language() == QueryLanguage.SQL).hasSize(3)
                .allSatisfy(q -> assertThat(q.logGroups()).hasSizeLessThanOrEqualTo(25));
    }

    @Test
    void conditionalFunctionsAreLeftOutOfTheSqlQueryAndTheSummarySaysSo() throws Exception {
        GenerationResult result = TestSupport.generate(functions(2, true), null, Mode.MERGE, false);

        QueryDefinition sql = single(result, "errors-with-reports");
        assertThat(sql.toResource().path("Properties").path("QueryString").path("Fn::Sub").asText())
                .contains("['/aws/lambda/${Fn0}']").doesNotContain("Fn1");
        assertThat(result.skipped()).anySatisfy(s -> assertThat(s).contains("errors-with-reports", "[Fn1]", "conditional"));
        assertThat(single(result, "errors").toResource().path("Properties").path("LogGroupNames")).hasSize(2);
    }

    private static QueryDefinition single(GenerationResult result, String name) {
        return result.queries().stream().filter(q -> q.query().name().equals(name)).findFirst().orElseThrow();
    }

    /** A template of {@code count} functions Fn0..FnN; the last one conditional if asked. */
    private Path functions(int count, boolean lastConditional) throws Exception {
        StringBuilder yaml = new StringBuilder("Transform: AWS::Serverless-2016-10-31\nConditions:\n"
                + "  InProd: !Equals [!Ref \"AWS::AccountId\", \"123456789012\"]\nResources:\n");
        IntStream.range(0, count).forEach(i -> {
            yaml.append("  Fn").append(i).append(":\n    Type: AWS::Serverless::Function\n");
            if (lastConditional && i == count - 1) {
                yaml.append("    Condition: InProd\n");
            }
            yaml.append("    Properties:\n      Runtime: java21\n      Handler: a.B\n      CodeUri: .\n");
        });
        return Files.writeString(dir.resolve("fns.yaml"), yaml.toString());
    }
}
