package dev.lambdaobs.dashboardgen.cli;

import dev.lambdaobs.dashboardgen.generate.AlarmStyle;
import dev.lambdaobs.dashboardgen.generate.GenerationRequest;
import dev.lambdaobs.dashboardgen.generate.GenerationResult;
import dev.lambdaobs.dashboardgen.generate.Generator;
import dev.lambdaobs.dashboardgen.generate.Mode;
import dev.lambdaobs.dashboardgen.input.BadInputException;
import dev.lambdaobs.dashboardgen.output.OutputWriter;
import dev.lambdaobs.dashboardgen.output.Summary;
import dev.lambdaobs.dashboardgen.registry.MonitorRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code generate}: reads templates (and a config), writes the monitoring template, dashboards, alarms and queries. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes DIR/<service>.template.json, DIR/<service>/dashboards/<name>.json, DIR/<service>/alarms.json "
                + "and DIR/<service>/queries/<name>.logsinsights, and prints a summary.",
                "Templates: YAML (with CloudFormation short-form tags) or JSON, SAM or plain CloudFormation, CDK output."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error", "2:bad input: malformed template, unknown tag, duplicate key (one that hides something; any with --strict), config error, several templates that look like "
                + "separate stacks (without --one-service), missing file, unwritable output, an alarm style that cannot fit"})
final class GenerateCommand implements Callable<Integer> {
    // The option names, for the annotations and QuickGenerate, which reads the usual command lines without picocli.
    static final String TEMPLATE = "--template";
    static final String ONE_SERVICE = "--one-service";
    static final String CONFIG = "--config";
    static final String SERVICE = "--service";
    static final String MODE = "--mode";
    static final String OUT = "--out";
    static final String FIX_TRACING = "--fix-tracing";
    static final String ALARM_STYLE = "--alarm-style";
    static final String STRICT = "--strict";

    @Spec
    private CommandSpec spec;
    // The options are package-private so QuickGenerate can set them as picocli would.

    @Option(names = TEMPLATE, required = true, paramLabel = "FILE",
            description = "A SAM/CloudFormation template (YAML or JSON). Repeat for several templates forming one service "
                    + "(refused when they look like separate stacks: see --one-service).")
    List<Path> templates;

    @Option(names = ONE_SERVICE, description = "Several --templates form one service deployed as one stack, though they look "
            + "like separate stacks (no references between them, a logical id or a differing parameter, condition, mapping or "
            + "output in two of them, functions naming different services).")
    boolean oneService;

    @Option(names = CONFIG, paramLabel = "FILE", description = "YAML config: service, runbook, metricsNamespace, "
            + "s3RequestMetrics, alarmActions (critical/warning SNS ARNs), defaults per resource type, resources (per logical id), "
            + "guardrails (logRetention, logRetentionDays, deploymentAlarms, tracing, lambdaInsights).")
    Path config;

    @Option(names = SERVICE, paramLabel = "NAME", description = "Service name (default: config, POWERTOOLS_SERVICE_NAME, template file name).")
    String service;

    @Option(names = MODE, paramLabel = "MODE", defaultValue = "merge",
            description = "merge (default): input template plus monitoring, referring by Ref/GetAtt; standalone: a separate stack "
                    + "naming resources by physical name (config resources.<Id>.physicalName).")
    String mode = "merge";

    @Option(names = OUT, required = true, paramLabel = "DIR", description = "Output directory (created if missing).")
    Path out;

    @Option(names = FIX_TRACING, description = "Merge mode: turn on X-Ray active tracing where it is off (Tracing: Active for "
            + "functions, TracingEnabled for REST APIs and stages); every change is listed in the summary.")
    boolean fixTracing;

    @Option(names = ALARM_STYLE, paramLabel = "STYLE", defaultValue = "auto",
            description = "per-resource: one alarm per resource and rule; insights: one Metrics Insights alarm (GROUP BY the "
                    + "resource) per rule for resources whose alarms are alike; auto (default): per-resource when the output fits "
                    + "one stack, else insights within the Region's Metrics Insights alarm quota. Output beyond a stack's limits "
                    + "goes into nested stacks either way.")
    String alarmStyle = "auto";

    @Option(names = STRICT, description = StrictOption.DESCRIPTION)
    boolean strict;

    @Override
    public Integer call() throws IOException {
        return generate(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Runs with the options set, the summary to {@code out} and warnings to {@code err}. */
    int generate(PrintWriter out, PrintWriter err) throws IOException {
        Mode parsed = parseMode();
        GenerationResult result = new Generator(MonitorRegistry.standard(), StrictOption.warnings(err))
                .generate(new GenerationRequest(templates, Optional.ofNullable(config), Optional.ofNullable(service), parsed,
                        fixTracing, oneService, AlarmStyle.parse(alarmStyle), strict));
        OutputWriter.write(result, this.out);
        out.print(Summary.of(result));
        out.flush();
        return Main.OK;
    }

    private Mode parseMode() {
        try {
            return Mode.valueOf(mode.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(MODE + " " + mode + ": expected merge or standalone");
        }
    }
}
