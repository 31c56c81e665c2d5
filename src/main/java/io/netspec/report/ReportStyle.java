package io.netspec.report;

/** The look shared by index.html and the scenario pages (no script, no external file). */
final class ReportStyle {
    private ReportStyle() {
    }

    static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#1f2328;background:#fff;margin:0}
            main{max-width:1100px;margin:0 auto;padding:24px}
            h1{font-size:1.7em;margin:0 0 8px}h2{font-size:1.25em;margin:28px 0 8px;border-bottom:1px solid #d0d7de;padding-bottom:4px}
            h3{font-size:1.05em;margin:0 0 4px}h4{font-size:.95em;margin:10px 0 4px;color:#57606a}
            h5{font-size:.85em;margin:8px 0 2px;font-weight:600}
            a{color:#0969da}
            .verdict{font-size:1.2em;font-weight:600;padding:10px 14px;border-radius:6px;display:inline-block}
            .verdict.pass{background:#dafbe1;color:#116329}.verdict.fail{background:#ffebe9;color:#a40e26}
            .verdict.skip{background:#eaeef2;color:#424a53}
            .skips{margin:10px 0;padding:8px 14px;border-left:4px solid #bf8700;background:#fff8c5}
            h2.fail{color:#a40e26}
            table{border-collapse:collapse;margin:6px 0}th,td{border:1px solid #d0d7de;padding:4px 10px;text-align:left;vertical-align:top}
            th{background:#f6f8fa}table.facts th{width:110px}
            table.totals td:nth-child(n+2){text-align:right}
            tr.fail td:first-child{border-left:4px solid #cf222e}tr.pass td:first-child{border-left:4px solid #2da44e}
            tr.other td:first-child{border-left:4px dashed #8c959f}
            .failure{border:1px solid #ffcecb;background:#fff8f7;border-radius:6px;padding:10px 14px;margin:12px 0}
            .where{color:#57606a;margin:0 0 6px}
            .failing-step{margin:6px 0}.failing-step code{background:#ffebe9;font-weight:600}
            .label{font-size:.8em;text-transform:uppercase;color:#a40e26;font-weight:600;margin-right:6px}
            pre{white-space:pre-wrap;word-break:break-word;background:#f6f8fa;padding:8px;border-radius:4px;margin:0;font-size:.9em}
            pre.message{background:#fff;border:1px solid #ffcecb}
            pre.log{background:none;padding:0 8px;color:#57606a}
            .attachment.text pre{white-space:pre;word-break:normal;overflow-x:auto}
            table.failures{font-size:.9em;width:100%}table.failures td:nth-child(2){min-width:13em}table.failures td:nth-child(3) code{background:none;padding:0}
            code{background:#f6f8fa;padding:1px 4px;border-radius:3px}
            ul.links li{margin:3px 0}
            .measured{display:flex;flex-wrap:wrap;gap:10px;align-items:flex-start;margin-top:6px}
            .measured .attachment.text{flex:1 1 100%;min-width:0}
            figure.chart{margin:4px 0;flex:0 1 480px;max-width:680px}figure.chart.timeline{flex:1 1 100%;max-width:100%}figure.chart img{width:100%;height:auto;border:1px solid #d0d7de;border-radius:4px;background:#fff}
            figcaption,.note{color:#57606a;font-size:.85em}
            .steps .step{border-left:4px solid #2da44e;padding:4px 10px;margin:6px 0}
            .steps .step.failed{border-color:#cf222e;background:#fff8f7}.steps .step.skipped{border-color:#8c959f;color:#57606a}
            .steps .step.hook{border-left-style:dotted}
            .step .head{display:flex;gap:10px;align-items:baseline}.step .head .text{flex:1}
            .status{font-size:.8em;font-weight:600;text-transform:uppercase}
            svg{max-width:100%;height:auto}
            """;
}
