package dev.lambdaobs.dashboardgen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Large service templates and configs for the scale tests. */
final class ScaleServices {
    private ScaleServices() {
    }

    /**
     * {@code functions} SAM functions sharing one role (so the service itself is one resource per function, within a
     * stack up to about 500); the first has a gradual deployment, so its rollback alarms are named by the parent.
     */
    static Path samService(Path dir, int functions) throws IOException {
        return samService(dir, functions, false);
    }

    /**
     * The same service, with every function under {@code Condition: Deployed} and fed by an SQS event (a mapping SAM
     * generates, {@code Fn<i>Work}, alarmed by its UUID) when {@code conditional}.
     */
    static Path samService(Path dir, int functions, boolean conditional) throws IOException {
        StringBuilder template = new StringBuilder("Transform: AWS::Serverless-2016-10-31\n"
                + (conditional ? "Parameters:\n  Deploy: { Type: String, Default: 'yes' }\n"
                        + "Conditions:\n  Deployed: !Equals [!Ref Deploy, 'yes']\n" : "")
                + "Resources:\n"
                + "  SharedRole:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument:\n"
                + "        Version: '2012-10-17'\n        Statement:\n          - Effect: Allow\n"
                + "            Principal: { Service: lambda.amazonaws.com }\n            Action: sts:AssumeRole\n"
                + (conditional ? "  WorkQueue:\n    Type: AWS::SQS::Queue\n" : ""));
        for (int i = 0; i < functions; i++) {
            template.append("  Fn").append(i).append(":\n    Type: AWS::Serverless::Function\n")
                    .append(conditional ? "    Condition: Deployed\n" : "").append("    Properties:\n")
                    .append("      Runtime: java21\n      Handler: a.B::handle\n      CodeUri: .\n      Timeout: 30\n")
                    .append("      Role: !GetAtt SharedRole.Arn\n")
                    .append(conditional ? "      Events:\n        Work:\n          Type: SQS\n"
                            + "          Properties: { Queue: !GetAtt WorkQueue.Arn }\n" : "");
            if (i == 0) {
                template.append("      AutoPublishAlias: live\n      DeploymentPreference: { Type: Canary10Percent5Minutes }\n");
            }
        }
        return Files.writeString(dir.resolve("service-" + functions + (conditional ? "-conditional" : "") + ".yaml"), template);
    }

    /** A standalone config naming every function's deployed name ({@code nameLength} characters each). */
    static Path standaloneConfig(Path dir, int functions, int nameLength) throws IOException {
        StringBuilder config = new StringBuilder("service: big\nresources:\n");
        for (int i = 0; i < functions; i++) {
            String name = "fn-" + i + "-";
            name = name + "x".repeat(Math.max(0, nameLength - name.length()));
            config.append("  Fn").append(i).append(": { physicalName: ").append(name).append(" }\n");
        }
        return Files.writeString(dir.resolve("standalone-" + functions + ".yaml"), config);
    }
}
