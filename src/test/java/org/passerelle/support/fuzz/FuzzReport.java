package org.passerelle.support.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a fuzz run saw: requests per operation and status, and the failures, de-duplicated by
 * (operation, status, kind) with the first occurrence kept as the reproducer.
 */
public final class FuzzReport {

    /** One kind of failure at one operation and status, with its first occurrence. */
    public static final class Failure {
        final String operation;
        final int status;
        final String kind;
        final String persona;
        final String detail;
        final String request;
        final String body;
        int count = 1;

        Failure(String operation, int status, String kind, String persona, String detail, String request, String body) {
            this.operation = operation;
            this.status = status;
            this.kind = kind;
            this.persona = persona;
            this.detail = detail;
            this.request = request;
            this.body = body;
        }
    }

    private final long seed;
    private final Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();
    private final Map<String, Map<String, Integer>> inputs = new TreeMap<>();
    private final Map<String, Failure> failures = new LinkedHashMap<>();
    private int requests;

    public FuzzReport(long seed) {
        this.seed = seed;
    }

    public void count(String operation, String inputKind, int status) {
        requests++;
        statuses.computeIfAbsent(operation, k -> new TreeMap<>()).merge(status, 1, Integer::sum);
        inputs.computeIfAbsent(operation, k -> new TreeMap<>()).merge(inputKind, 1, Integer::sum);
    }

    public void fail(String operation, int status, String kind, String persona, String detail, String request,
            String body) {
        String key = operation + "|" + status + "|" + kind;
        Failure existing = failures.get(key);
        if (existing != null) {
            existing.count++;
            return;
        }
        failures.put(key, new Failure(operation, status, kind, persona, detail, request, first(body, 200)));
    }

    public int requests() {
        return requests;
    }

    public List<Failure> failures() {
        return new ArrayList<>(failures.values());
    }

    public int operations() {
        return statuses.size();
    }

    /** The failures as the assertion message: one paragraph each. */
    public String summary() {
        StringBuilder out = new StringBuilder();
        out.append(failures.size()).append(" distinct failure(s) in ").append(requests).append(" requests (seed ")
                .append(seed).append("; rerun with -Dfuzz.seed=").append(seed).append("):\n");
        for (Failure f : failures.values()) {
            out.append("\n- ").append(f.kind).append(": ").append(f.operation).append(" -> ").append(f.status)
                    .append(" (x").append(f.count).append(", first as ").append(f.persona).append(")\n    ")
                    .append(f.detail).append("\n    request: ").append(f.request).append("\n    body: ")
                    .append(f.body.replace("\n", " ")).append('\n');
        }
        return out.toString();
    }

    /** A Markdown report: the run, the statuses per operation, the failures. */
    public String markdown(String title, long millis) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(title).append("\n\n");
        out.append("- Seed: `").append(seed).append("` (rerun with `-Dfuzz.seed=").append(seed).append("`)\n");
        out.append("- Requests: ").append(requests).append(" over ").append(statuses.size())
                .append(" operations\n");
        out.append("- Time: ").append(String.format("%.1f s", millis / 1000.0)).append(" (")
                .append(String.format("%.0f", requests * 1000.0 / Math.max(1, millis))).append(" requests/s)\n");
        out.append("- Distinct failures (operation, status, kind): ").append(failures.size()).append("\n\n");
        out.append("## Statuses per operation\n\n| Operation | Requests | Inputs | Statuses |\n|---|---:|---|---|\n");
        statuses.forEach((op, byStatus) -> {
            int total = byStatus.values().stream().mapToInt(Integer::intValue).sum();
            out.append("| ").append(op).append(" | ").append(total).append(" | ")
                    .append(join(inputs.get(op))).append(" | ").append(join(byStatus)).append(" |\n");
        });
        out.append("\n## Failures\n\n");
        if (failures.isEmpty()) {
            out.append("None: no 5xx, every status documented, every body valid against the contract.\n");
        }
        for (Failure f : failures.values()) {
            out.append("### ").append(f.kind).append(": ").append(f.operation).append(" -> ").append(f.status)
                    .append("\n\n- Occurrences: ").append(f.count).append(" (first as ").append(f.persona)
                    .append(")\n- Detail: ").append(f.detail.replace("|", "\\|")).append("\n- Request: `")
                    .append(f.request.replace("`", "'")).append("`\n- Body: `")
                    .append(f.body.replace("`", "'").replace("\n", " ")).append("`\n\n");
        }
        return out.toString();
    }

    private static String join(Map<?, Integer> counts) {
        StringBuilder out = new StringBuilder();
        counts.forEach((k, v) -> out.append(out.length() == 0 ? "" : ", ").append(k).append(": ").append(v));
        return out.toString();
    }

    static String first(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }
}
