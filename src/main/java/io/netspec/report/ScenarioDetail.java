package io.netspec.report;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * What {@link RunData} keeps of a scenario beyond its outcome, so that a merge of shards shows it as the shard
 * did: its page (relative to the reports folder) and, for a failure, its steps with their attachments (where
 * each was written, and the last lines of a text as the failure card shows them). A passed scenario keeps its
 * page only: the index shows no more of it.
 */
final class ScenarioDetail {
    private ScenarioDetail() {
    }

    static void write(Properties p, String k, ScenarioResult s) {
        p.setProperty(k + "page", s.page());
        if (!s.failed()) {
            return;
        }
        List<StepResult> steps = s.steps();
        for (int j = 0; j < steps.size(); j++) {
            StepResult step = steps.get(j);
            String sk = k + "step." + j + ".";
            p.setProperty(sk + "keyword", step.keyword());
            p.setProperty(sk + "text", step.text());
            p.setProperty(sk + "line", Integer.toString(step.line()));
            p.setProperty(sk + "hook", Boolean.toString(step.hook()));
            p.setProperty(sk + "status", step.status());
            p.setProperty(sk + "nanos", Long.toString(step.duration().toNanos()));
            p.setProperty(sk + "error", step.error());
            List<Attachment> attachments = step.attachments();
            for (int a = 0; a < attachments.size(); a++) {
                Attachment at = attachments.get(a);
                String ak = sk + "attachment." + a + ".";
                p.setProperty(ak + "name", at.name());
                p.setProperty(ak + "mediaType", at.mediaType());
                p.setProperty(ak + "size", Long.toString(at.size()));
                p.setProperty(ak + "file", at.file());
                p.setProperty(ak + "kept", at.text());
            }
        }
    }

    /** {@code s} (read from the scenario's outcome) with its page and, if written, its steps. */
    static ScenarioResult read(Properties p, String k, ScenarioResult s) {
        List<StepResult> steps = new ArrayList<>();
        for (int j = 0; p.getProperty(k + "step." + j + ".status") != null; j++) {
            String sk = k + "step." + j + ".";
            List<Attachment> attachments = new ArrayList<>();
            for (int a = 0; p.getProperty(sk + "attachment." + a + ".name") != null; a++) {
                String ak = sk + "attachment." + a + ".";
                attachments.add(new Attachment(p.getProperty(ak + "name"), p.getProperty(ak + "mediaType"),
                        Long.parseLong(p.getProperty(ak + "size")), p.getProperty(ak + "kept").getBytes(StandardCharsets.UTF_8),
                        p.getProperty(ak + "file")));
            }
            steps.add(new StepResult(p.getProperty(sk + "keyword"), p.getProperty(sk + "text"),
                    Integer.parseInt(p.getProperty(sk + "line")), Boolean.parseBoolean(p.getProperty(sk + "hook")),
                    p.getProperty(sk + "status"), Duration.ofNanos(Long.parseLong(p.getProperty(sk + "nanos"))),
                    p.getProperty(sk + "error"), attachments));
        }
        return new ScenarioResult(s.feature(), s.name(), s.line(), s.tags(), s.status(), s.duration(), s.error(),
                s.seeds(), s.attachments(), steps, p.getProperty(k + "page", ""));
    }
}
