"""Expands a SAM template into the CloudFormation template a macro listed after the SAM transform receives.

SLIC Watch's macro looks for AWS::Lambda::Function resources, so it must see the template after
AWS::Serverless-2016-10-31, as CloudFormation hands it over. Uses aws-sam-translator (a cfn-lint dependency).

    python3 sam-to-cfn.py template.yaml out.json
"""
import json
import sys

import boto3

from samtranslator.parser import parser
from samtranslator.translator.translator import Translator
from samtranslator.yaml_helper import yaml_parse

PSEUDO = {"AWS::Region": "us-east-1", "AWS::AccountId": "123456789012", "AWS::Partition": "aws",
          "AWS::StackName": "bench", "AWS::URLSuffix": "amazonaws.com"}


def packaged(template):
    """Local CodeUri and DefinitionUri become S3 URIs, as `sam package` leaves them before the transform."""
    sections = [template.get("Globals", {}).get("Function", {})]
    sections += [r.get("Properties", {}) for r in template.get("Resources", {}).values()]
    for properties in sections:
        for key in ("CodeUri", "DefinitionUri"):
            value = properties.get(key)
            if isinstance(value, str) and not value.startswith("s3://"):
                properties[key] = "s3://bench-artifacts/" + value.strip("./").replace("/", "-")
    return template


def main(source, target):
    with open(source, encoding="utf-8") as f:
        template = packaged(yaml_parse(f.read()))
    # No IAM calls: managed policy names resolve to ARNs of the aws partition.
    policies = {}
    translated = Translator(managed_policy_map=policies, sam_parser=parser.Parser(),
                            boto_session=boto3.session.Session(region_name=PSEUDO["AWS::Region"])).translate(
        sam_template=template, parameter_values=dict(PSEUDO),
        get_managed_policy_map=lambda: policies)
    with open(target, "w", encoding="utf-8") as f:
        json.dump(translated, f)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
