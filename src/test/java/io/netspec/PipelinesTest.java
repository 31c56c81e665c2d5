package io.netspec;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pipeline copied from ci/ cannot pass while skipping hosts: every mvn command in ci/github-actions.yml
 * and ci/gitlab-ci.yml that runs tests passes -Dnetspec.require=hosts, and the GitHub jobs lift Ubuntu's
 * AppArmor restriction on user namespaces first. (ci/check-pipelines.sh checks both files with
 * actionlint and check-jsonschema in the build.)
 */
class PipelinesTest {
    private static final Pattern MVN = Pattern.compile("mvn -B verify[^\\n]*(?:\\n\\s+-D[^\\n]*)*");

    @Test
    void everyTestRunOfTheExamplePipelinesRequiresHosts() throws IOException {
        for (String file : List.of("ci/github-actions.yml", "ci/gitlab-ci.yml")) {
            Matcher m = MVN.matcher(Files.readString(Path.of(file)));
            int runs = 0;
            while (m.find()) {
                runs++;
                assertThat(m.group()).as("%s: %s", file, m.group()).contains("-Dnetspec.require=hosts");
            }
            assertThat(runs).as("mvn -B verify commands in %s", file).isEqualTo(2);
        }
    }

    @Test
    void theGitHubJobsThatRunTestsLetTheRunnersUserMakeUserNamespaces() throws IOException {
        String workflow = Files.readString(Path.of("ci/github-actions.yml"));
        String sysctl = "run: sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0";
        assertThat(workflow.split(Pattern.quote(sysctl), -1)).as("jobs with the sysctl step").hasSize(3);
        assertThat(workflow).doesNotContain("sudo mvn");
    }
}
