package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.generate.GenerationResult;
import dev.lambdaobs.dashboardgen.generate.Mode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A SAM REST API's ApiName is its definition's info.title, wherever the definition is, unless Name is set. */
class RestApiNamesTest {
    @TempDir
    Path dir;

    @Test
    void theTitleComesFromAnIncludedOrReferencedLocalDefinitionAndTheConfigNamesOneOnS3() throws Exception {
        Files.createDirectories(dir.resolve("api"));
        Files.writeString(dir.resolve("api/included.yaml"), "openapi: 3.0.1\ninfo: { title: Included Orders, version: '1' }\npaths: {}\n");
        Files.writeString(dir.resolve("api/referenced.json"), "{\"openapi\":\"3.0.1\",\"info\":{\"title\":\"Referenced Orders\"},\"paths\":{}}");
        Path template = Files.writeString(dir.resolve("apis.yaml"), """
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Included:
                    Type: AWS::Serverless::Api
                    Properties:
                      StageName: prod
                      DefinitionBody:
                        Fn::Transform: { Name: AWS::Include, Parameters: { Location: ./api/included.yaml } }
                  Referenced:
                    Type: AWS::Serverless::Api
                    Properties: { StageName: prod, DefinitionUri: api/referenced.json }
                  Named:
                    Type: AWS::Serverless::Api
                    Properties: { StageName: prod, Name: explicit-name, DefinitionUri: api/referenced.json }
                  OnS3:
                    Type: AWS::Serverless::Api
                    Properties: { StageName: prod, DefinitionUri: s3://specs/orders.yaml }
                """);
        GenerationResult result = TestSupport.generate(template, null, Mode.MERGE, false);
        assertThat(apiName(result, "Included").asText()).isEqualTo("Included Orders");
        assertThat(apiName(result, "Referenced").asText()).isEqualTo("Referenced Orders");
        assertThat(apiName(result, "Named").asText()).isEqualTo("explicit-name");
        assertThat(apiName(result, "OnS3").path("Ref").asText()).isEqualTo("AWS::StackName");
        assertThat(result.skipped()).anyMatch(s -> s.contains("OnS3") && s.contains("s3://specs/orders.yaml")
                && s.contains("resources.OnS3.dimensions.ApiName"));

        GenerationResult configured = TestSupport.generate(template, "resources:\n  OnS3: { dimensions: { ApiName: orders-from-s3 } }\n",
                Mode.MERGE, false);
        assertThat(apiName(configured, "OnS3").asText()).isEqualTo("orders-from-s3");
    }

    private static JsonNode apiName(GenerationResult result, String api) {
        JsonNode dimensions = result.alarms().stream().filter(a -> a.resourceKey().equals(api)).findFirst().orElseThrow()
                .properties().get("Dimensions");
        for (JsonNode dimension : dimensions) {
            if (dimension.path("Name").asText().equals("ApiName")) {
                return dimension.get("Value");
            }
        }
        throw new AssertionError(api + " has no ApiName dimension");
    }
}
