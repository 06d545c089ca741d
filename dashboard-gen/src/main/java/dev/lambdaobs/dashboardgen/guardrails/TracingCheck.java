package dev.lambdaobs.dashboardgen.guardrails;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdaobs.dashboardgen.registry.monitors.RestApiMonitor;
import dev.lambdaobs.dashboardgen.template.CfnValues;
import dev.lambdaobs.dashboardgen.template.ServiceTemplate;
import dev.lambdaobs.dashboardgen.template.TemplateResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lists functions and REST API stages without active X-Ray tracing and, with {@code --fix-tracing}
 * in merge mode, turns it on: {@code Tracing: Active} (SAM), {@code TracingConfig.Mode: Active}
 * (plain functions), {@code TracingEnabled: true} (SAM APIs, stages, {@code Globals.Api} for the
 * implicit API). A value that is an intrinsic function is left alone. HTTP APIs have no X-Ray
 * tracing, so they are not listed.
 *
 * @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html">Lambda and X-Ray</a>
 * @see <a href="https://docs.aws.amazon.com/xray/latest/devguide/xray-services-apigateway.html">API Gateway active tracing (REST APIs only)</a>
 */
final class TracingCheck {
    private TracingCheck() {
    }

    /** One resource without tracing, how the summary names it, and how to turn it on. */
    private record Untraced(TemplateResource resource, String label, boolean function, Runnable fix) {
    }

    static void apply(ObjectNode template, ServiceTemplate service, boolean fix, GuardrailReport.Builder report) {
        List<Untraced> untraced = new ArrayList<>();
        for (TemplateResource resource : service.resources()) {
            String id = resource.logicalId();
            switch (resource.type()) {
                case ServiceTemplate.SAM_FUNCTION -> check(service.property(resource, "Tracing"), "Active", () -> untraced.add(
                        new Untraced(resource, "function " + id, true, () -> props(template, id).put("Tracing", "Active"))));
                case "AWS::Lambda::Function" -> check(resource.property("TracingConfig").path("Mode"), "Active", () -> untraced.add(
                        new Untraced(resource, "function " + id, true,
                                () -> props(template, id).putObject("TracingConfig").put("Mode", "Active"))));
                case "AWS::Serverless::Api" -> check(samApiTracing(service, resource), true, () -> untraced.add(
                        new Untraced(resource, "REST API " + id, false, () -> props(template, id).put("TracingEnabled", true))));
                case "AWS::ApiGateway::Stage" -> check(resource.property("TracingEnabled"), true, () -> untraced.add(
                        new Untraced(resource, "REST API stage " + id, false, () -> props(template, id).put("TracingEnabled", true))));
                case "AWS::ApiGateway::Deployment" -> deploymentStage(resource, report);
                default -> { }
            }
        }
        implicitApi(template, service, untraced);
        if (untraced.isEmpty()) {
            return;
        }
        if (!fix) {
            report.note("Tracing: X-Ray active tracing is off for " + GuardrailReport.listed(untraced.stream().map(Untraced::label).toList())
                    + "; run with --fix-tracing to turn it on");
            return;
        }
        for (Untraced target : untraced) {
            target.fix().run();
            report.change(target.resource().describe() + ": turned on X-Ray active tracing (" + target.label() + ")");
            if (target.function()) {
                TracingPermissions.ensure(template, service, target.resource(), report);
            }
        }
    }

    /** Runs {@code whenOff} unless the value is the literal {@code on} (or an intrinsic function we cannot judge). */
    private static void check(JsonNode value, Object on, Runnable whenOff) {
        boolean literal = !CfnValues.present(value) || value.isValueNode();
        if (literal && !value.asText().equalsIgnoreCase(on.toString())) {
            whenOff.run();
        }
    }

    private static JsonNode samApiTracing(ServiceTemplate service, TemplateResource api) {
        JsonNode own = api.property("TracingEnabled");
        return CfnValues.present(own) ? own : service.templateOf(api.logicalId()).globals("Api").path("TracingEnabled");
    }

    /** SAM's implicit ServerlessRestApi takes its tracing from {@code Globals.Api}. */
    private static void implicitApi(ObjectNode template, ServiceTemplate service, List<Untraced> untraced) {
        Optional<TemplateResource> user = RestApiMonitor.implicitApiUser(service);
        user.ifPresent(function -> check(service.templateOf(function.logicalId()).globals("Api").path("TracingEnabled"), true,
                () -> untraced.add(new Untraced(function, "implicit REST API ServerlessRestApi (Globals.Api.TracingEnabled)", false,
                        () -> globalsApi(template).put("TracingEnabled", true)))));
    }

    private static ObjectNode globalsApi(ObjectNode template) {
        ObjectNode globals = template.get("Globals") instanceof ObjectNode g ? g : template.putObject("Globals");
        return globals.get("Api") instanceof ObjectNode api ? api : globals.putObject("Api");
    }

    /** A stage created by a Deployment's StageName: reported with the property to set (not changed). */
    private static void deploymentStage(TemplateResource deployment, GuardrailReport.Builder report) {
        if (CfnValues.present(deployment.property("StageName"))) {
            check(deployment.property("StageDescription").path("TracingEnabled"), true, () -> report.note(deployment.describe()
                    + ": the stage this deployment creates has no X-Ray tracing; set StageDescription.TracingEnabled: true"));
        }
    }

    private static ObjectNode props(ObjectNode template, String logicalId) {
        return OutputResources.properties(template, logicalId);
    }
}
