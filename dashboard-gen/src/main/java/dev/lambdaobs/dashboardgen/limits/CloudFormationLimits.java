package dev.lambdaobs.dashboardgen.limits;

/** The CloudFormation limits a generated template must respect. */
public final class CloudFormationLimits {
    /** @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/resources-section-structure.html">Resources: logical ID</a> */
    public static final int MAX_LOGICAL_ID_LENGTH = 255;
    /** Logical ids are alphanumeric. @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/resources-section-structure.html">Resources: logical ID</a> */
    public static final String LOGICAL_ID_PATTERN = "[A-Za-z0-9]+";
    /** @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html">CloudFormation quotas: resources per stack</a> */
    public static final int MAX_RESOURCES_PER_STACK = 500;
    /** @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html">CloudFormation quotas: template body size in an S3 object</a> */
    public static final int MAX_TEMPLATE_BYTES_S3 = 1_000_000;

    /** @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html">CloudFormation quotas: template body size in a request</a> */
    public static final int MAX_TEMPLATE_BYTES_DIRECT = 51_200;
    /** "It must start with an alphabetical character and can't be longer than 128 characters." @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_CreateStack.html">CreateStack: StackName</a> */
    public static final int MAX_STACK_NAME_LENGTH = 128;
    /**
     * Room for the Region code in a name: the longest codes today have 14 characters ({@code ap-southeast-5}); 20 keeps
     * a margin for new Regions. @see <a href="https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html">AWS Regions</a>
     */
    public static final int MAX_REGION_LENGTH = 20;

    /** @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html">CloudFormation quotas: parameters per template</a> */
    public static final int MAX_PARAMETERS_PER_TEMPLATE = 200;
    /** @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html">CloudFormation quotas: outputs per template</a> */
    public static final int MAX_OUTPUTS_PER_TEMPLATE = 200;
    /** @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html">CloudFormation quotas: parameter value size</a> */
    public static final int MAX_PARAMETER_VALUE_BYTES = 4_096;

    private CloudFormationLimits() {
    }
}
