package dev.lambdaobs.benchmarks.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateGeneratorTest {
    @Test
    void writesTheRequestedNumberOfFunctionsWithQueuesAndTables(@TempDir Path dir) throws Exception {
        String yaml = Files.readString(TemplateGenerator.write(dir.resolve("t.yaml"), 1_000));

        assertThat(count(yaml, "Type: AWS::Serverless::Function\n")).isEqualTo(1_000);
        assertThat(count(yaml, "Type: AWS::SQS::Queue\n")).isEqualTo(100);
        assertThat(count(yaml, "Type: AWS::DynamoDB::Table\n")).isEqualTo(50);
        assertThat(yaml).startsWith("AWSTemplateFormatVersion: '2010-09-09'\nTransform: AWS::Serverless-2016-10-31\n");
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }
}
