package dev.lambdaobs.dashboardgen.cli;

import dev.lambdaobs.dashboardgen.aws.AwsClients;
import dev.lambdaobs.dashboardgen.discover.DeployedResource;
import dev.lambdaobs.dashboardgen.discover.DiscoveredConfig;
import dev.lambdaobs.dashboardgen.discover.StackResources;
import dev.lambdaobs.dashboardgen.discover.TaggedResources;
import dev.lambdaobs.dashboardgen.registry.MonitorRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.resourcegroupstaggingapi.ResourceGroupsTaggingApiClient;

/** {@code discover}: physical names of deployed resources, written as a config {@code generate} reads. */
@Command(name = "discover", mixinStandardHelpOptions = true,
        description = {"Finds the physical names of a deployed service's resources, from its stack or its tags, and "
                + "writes them as a config for 'generate --mode standalone --config FILE'."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error", "2:bad input (cannot write the file, region, credentials)",
                "3:AWS refused a call (permissions, no such stack)", "4:AWS could not be reached"})
final class DiscoverCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private AwsOptionsMixin aws;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Source source;

    static final class Source {
        @Option(names = "--stack", paramLabel = "NAME", description = "A deployed CloudFormation stack.")
        String stack;

        @Option(names = "--tag", paramLabel = "KEY=VALUE", description = "Resources carrying this tag (repeat to require several).")
        Map<String, String> tags;
    }

    @Option(names = "--service", paramLabel = "NAME", description = "Service name to write into the config.")
    private String service;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the YAML config.")
    private Path out;

    @Override
    public Integer call() throws IOException {
        AwsClients clients = new AwsClients(aws.toOptions());
        MonitorRegistry registry = MonitorRegistry.standard();
        List<DeployedResource> resources;
        if (source.stack != null) {
            try (CloudFormationClient cloudFormation = clients.cloudFormation()) {
                resources = new StackResources(cloudFormation).of(source.stack);
            }
        } else {
            try (ResourceGroupsTaggingApiClient tagging = clients.tagging()) {
                resources = new TaggedResources(tagging, registry).withTags(source.tags);
            }
        }
        DiscoveredConfig config = DiscoveredConfig.of(service, resources, registry);
        // Written beside the target and moved into place, so a failed write leaves no half a config.
        Path staged = Files.createTempFile(out.toAbsolutePath().getParent(), ".discover-", ".yaml");
        try {
            Files.writeString(staged, config.yaml());
            Files.move(staged, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(staged);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("%d resources found, %d physical names written to %s%n", resources.size(),
                config.physicalNames().size(), out);
        config.underived().forEach(r -> stdout.printf("  no dimension derivable for %s (%s, %s): set resources.%s.physicalName by hand%n",
                r.logicalId(), r.type(), r.physicalId(), r.logicalId()));
        stdout.flush();
        return Main.OK;
    }
}
