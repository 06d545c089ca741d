package dev.lambdaobs.dashboardgen.registry.monitors;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.input.BadInputException;
import dev.lambdaobs.dashboardgen.input.DocumentReader;
import dev.lambdaobs.dashboardgen.template.CfnValues;
import dev.lambdaobs.dashboardgen.template.TemplateResource;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The OpenAPI title of a SAM REST API, which API Gateway takes as the API's name (the {@code ApiName} dimension)
 * unless {@code Name} is set: from an inline {@code DefinitionBody}, a {@code DefinitionBody} that includes a file
 * ({@code Fn::Transform AWS::Include}) or a {@code DefinitionUri}. A local file is read relative to the template;
 * one on S3 cannot be read here, and the caller says so.
 *
 * @see <a href="https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-api.html">AWS::Serverless::Api: DefinitionBody, DefinitionUri, Name</a>
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/transform-aws-include.html">AWS::Include transform</a>
 */
final class ApiDefinitions {
    private static final String S3_SCHEME = "s3://";

    private ApiDefinitions() {
    }

    /** Where the definition is: inline, a file next to the template, on S3, or nowhere known. */
    sealed interface Source {
        record Title(JsonNode title) implements Source {
        }

        record Remote(String where) implements Source {
        }

        record Unknown(String why) implements Source {
        }
    }

    static Source title(TemplateResource api) {
        JsonNode body = api.property("DefinitionBody");
        if (CfnValues.present(body.path("info").path("title"))) {
            return new Source.Title(body.path("info").path("title"));
        }
        JsonNode include = body.path("Fn::Transform");
        if (include.path("Name").asText().equals("AWS::Include")) {
            return file(api, include.path("Parameters").path("Location"));
        }
        JsonNode uri = api.property("DefinitionUri");
        if (uri.isObject()) {
            return new Source.Remote("s3://" + uri.path("Bucket").asText() + "/" + uri.path("Key").asText());
        }
        return CfnValues.present(uri) ? file(api, uri) : new Source.Unknown("no OpenAPI definition with an info.title");
    }

    private static Source file(TemplateResource api, JsonNode location) {
        Optional<String> literal = CfnValues.literal(location);
        if (literal.isEmpty()) {
            return new Source.Unknown("the definition's location is not a literal");
        }
        if (literal.get().startsWith(S3_SCHEME) || literal.get().startsWith("https://")) {
            return new Source.Remote(literal.get());
        }
        Path file = api.location().file().toAbsolutePath().getParent().resolve(literal.get()).normalize();
        try {
            JsonNode title = DocumentReader.read(file).root().path("info").path("title");
            return CfnValues.literal(title).isPresent() ? new Source.Title(title)
                    : new Source.Unknown(file + " has no literal info.title");
        } catch (BadInputException e) {
            return new Source.Unknown("cannot read " + file + ": " + e.getMessage());
        }
    }
}
